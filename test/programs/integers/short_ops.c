#include <stdio.h>

short add(short a, short b) { return a + b; }
unsigned short uadd(unsigned short a, unsigned short b) { return a + b; }

int main(void) {
    short x = 20000, y = 20000;
    printf("%d\n", add(x, y));
    printf("%d\n", x + y);
    printf("%u\n", uadd(60000, 10000));
    short arr[5] = {-1, -32768, 32767, 0, 12345};
    int i, sum = 0;
    for (i = 0; i < 5; i++) sum += arr[i];
    printf("%d\n", sum);
    unsigned short m = 0x8000;
    printf("%d\n", m);
    printf("%d\n", (short)m);
    short neg = -1;
    printf("%x\n", (unsigned short)neg);
    printf("%hd %hu\n", neg, neg);
    return 0;
}
