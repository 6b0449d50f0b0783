#include <stdio.h>

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef signed char s8;

int main(void) {
    u32 x = 0xabcdef12;
    printf("%x %x %d\n", (u8)x, (u16)x, (s8)x);
    printf("%d %d %d\n", (int)sizeof(u8), (int)sizeof(u16), (int)sizeof(u32));
    u8 arr[4] = {1, 2, 3, 4};
    u32 packed = (u32)arr[0] | (u32)arr[1] << 8 | (u32)arr[2] << 16 | (u32)arr[3] << 24;
    printf("%x\n", packed);
    return 0;
}
