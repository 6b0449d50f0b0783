#include <stdio.h>
#include <string.h>

/* Object representations are inspected through unsigned char (always allowed)
 * or copied with memcpy (no aliasing violations). Little-endian i386. */
int main(void) {
    int v = 0x01020304;
    unsigned char *b = (unsigned char *)&v;
    int i;
    for (i = 0; i < 4; i++) printf("%d ", b[i]);
    printf("\n");
    b[0] = 0xff;
    printf("%x\n", (unsigned)v);
    short s[2] = {0x1122, 0x3344};
    int joined;
    memcpy(&joined, s, sizeof joined);
    printf("%x\n", (unsigned)joined);
    long long ll = 0x0102030405060708LL;
    unsigned w[2];
    memcpy(w, &ll, sizeof ll);
    printf("%x %x\n", w[0], w[1]);
    char *cp = (char *)&ll;
    printf("%d %d\n", cp[0], cp[7]);
    unsigned char raw[4] = {0x78, 0x56, 0x34, 0x12};
    unsigned u;
    memcpy(&u, raw, 4);
    printf("%x\n", u);
    return 0;
}
