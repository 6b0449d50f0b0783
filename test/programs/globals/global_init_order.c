#include <stdio.h>

int base[4] = {10, 20, 30, 40};
int *second = base + 1;
int *last = &base[3];
int len = sizeof base / sizeof base[0];
char text[] = "abcdef";
char *mid = &text[3];
int diff_size = sizeof(long long) - sizeof(short);

int main(void) {
    printf("%d %d %d\n", *second, *last, len);
    printf("%s %d\n", mid, diff_size);
    *second = 21;
    printf("%d\n", base[1]);
    return 0;
}
