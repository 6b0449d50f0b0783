#include <stdio.h>

int main(void) {
    int i = 0x12345678;
    printf("%d\n", (char)i);
    printf("%d\n", (unsigned char)i);
    printf("%d\n", (short)i);
    printf("%d\n", (unsigned short)i);
    printf("%d\n", (signed char)0x80);
    printf("%d\n", (short)0x8000);
    printf("%u\n", (unsigned)-1);
    printf("%d\n", (int)4294967295u);
    printf("%d\n", (int)(char)200);
    printf("%d\n", (int)(unsigned char)200);
    printf("%d\n", (_Bool)256);
    printf("%d\n", (int)(short)-1);
    printf("%u\n", (unsigned)(short)-1);
    printf("%u\n", (unsigned)(unsigned short)-1);
    long l = (long)-5;
    printf("%ld\n", l);
    printf("%d\n", (int)sizeof((char)i));
    return 0;
}
