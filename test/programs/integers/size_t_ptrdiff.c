#include <stdio.h>
#include <stddef.h>
#include <string.h>

int main(void) {
    size_t n = strlen("hello world");
    printf("%zu\n", n);
    size_t z = 0;
    z--;
    printf("%zu\n", z);
    printf("%d\n", z > 0);
    int arr[10];
    ptrdiff_t d = &arr[7] - &arr[2];
    printf("%td\n", d);
    d = &arr[2] - &arr[7];
    printf("%td\n", d);
    printf("%d\n", (int)sizeof(size_t) == (int)sizeof(unsigned));
    size_t total = sizeof(arr) / sizeof(arr[0]);
    printf("%zu\n", total);
    return 0;
}
