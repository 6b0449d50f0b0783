#include <stdio.h>

int main(void) {
    int a = 100;
    a += 5;  printf("%d\n", a);
    a -= 10; printf("%d\n", a);
    a *= 3;  printf("%d\n", a);
    a /= 7;  printf("%d\n", a);
    a %= 11; printf("%d\n", a);
    a <<= 4; printf("%d\n", a);
    a >>= 2; printf("%d\n", a);
    a &= 0x1c; printf("%d\n", a);
    a |= 0x101; printf("%d\n", a);
    a ^= 0xff; printf("%d\n", a);
    unsigned char c = 250;
    c += 10;  printf("%d\n", c);
    signed char s = 100;
    s -= 200; printf("%d\n", s);
    short h = 30000;
    h += 30000; printf("%d\n", h);
    int arr[3] = {1, 2, 3};
    int i = 0;
    arr[i++] += 10;
    printf("%d %d %d %d\n", arr[0], arr[1], arr[2], i);
    int x = 7;
    x /= -2; printf("%d\n", x);
    x = -7; x %= 3; printf("%d\n", x);
    unsigned u = 10;
    u -= 20; printf("%u\n", u);
    char ch = 'a';
    ch -= 32; printf("%c\n", ch);
    return 0;
}
