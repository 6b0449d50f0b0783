#include <stdio.h>

#define TWICE(x) ((x) + (x))
#define CUBE(x) ((x) * (x) * (x))
#define IS_EVEN(n) (((n) & 1) == 0)
#define ABS(x) ((x) < 0 ? -(x) : (x))
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

int main(void) {
    int a = 3, b = -4;
    printf("%d %d\n", TWICE(a + b), CUBE(a - 1));
    printf("%d %d %d\n", IS_EVEN(a), IS_EVEN(b), IS_EVEN(a * b));
    printf("%d %d\n", ABS(b), ABS(a - 10));
    int arr[17];
    printf("%d\n", (int)ARRAY_LEN(arr));
    printf("%d\n", TWICE(TWICE(TWICE(1))));
    return 0;
}
