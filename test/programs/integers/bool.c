#include <stdio.h>
#include <stdbool.h>

int main(void) {
    _Bool b;
    b = 0;     printf("%d\n", b);
    b = 1;     printf("%d\n", b);
    b = 2;     printf("%d\n", b);
    b = -1;    printf("%d\n", b);
    b = 256;   printf("%d\n", b);
    b = 0x100000000LL; printf("%d\n", b);
    char *p = "x";
    b = p;     printf("%d\n", b);
    p = 0;
    b = p;     printf("%d\n", b);
    bool t = true, f = false;
    printf("%d %d %d\n", t, f, t + t);
    b = 1;
    b++;       printf("%d\n", b);
    b = 0;
    b--;       printf("%d\n", b);
    b += 5;    printf("%d\n", b);
    printf("%d\n", (int)sizeof(bool));
    _Bool arr[4] = {0, 3, -7, 0};
    printf("%d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);
    int n = (_Bool)0x10 + (_Bool)0;
    printf("%d\n", n);
    return 0;
}
