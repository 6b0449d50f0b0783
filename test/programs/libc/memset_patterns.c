#include <stdio.h>
#include <string.h>

int main(void) {
    unsigned char b[16];
    memset(b, 0xab, sizeof b);
    memset(b + 4, 0, 8);
    memset(b + 6, 0x1ff, 2);      /* value converted to unsigned char: 0xff */
    int i;
    for (i = 0; i < 16; i++) printf("%02x", b[i]);
    printf("\n");
    int ints[4];
    memset(ints, 0, sizeof ints);
    memset(ints, 1, 1);
    printf("%d %d\n", ints[0], ints[1]);
    return 0;
}
