#include <stdio.h>

typedef int Int;
typedef unsigned char Byte;
typedef long long i64;
typedef Int *IntPtr;

int main(void) {
    Int a = 5;
    Byte b = 300;
    i64 big = 1LL << 40;
    IntPtr p = &a;
    *p += 1;
    printf("%d %d %lld %d\n", a, b, big, (int)sizeof(i64));
    printf("%d %d\n", (int)sizeof(Byte), (int)sizeof(IntPtr));
    Int x = 1, *y = &x;
    printf("%d\n", *y);
    return 0;
}
