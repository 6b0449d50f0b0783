#include <stdio.h>
#include <string.h>

int main(void) {
    int src[6] = {6, 5, 4, 3, 2, 1}, dst[6];
    int i;
    for (i = 0; i < 6; i++) dst[i] = src[5 - i];
    for (i = 0; i < 6; i++) printf("%d ", dst[i]);
    printf("\n");
    int other[6];
    memcpy(other, dst, sizeof dst);
    other[0] = 100;
    printf("%d %d\n", dst[0], other[0]);
    printf("%d\n", memcmp(src, dst, sizeof src) != 0);
    struct { int arr[3]; } x = {{1, 2, 3}}, y;
    y = x;           /* arrays inside structs copy with the struct */
    y.arr[1] = 20;
    printf("%d %d\n", x.arr[1], y.arr[1]);
    return 0;
}
