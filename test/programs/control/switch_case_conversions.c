/* Case labels are converted to the promoted type of the controlling expression; enum
   constants and constant expressions are labels. */
#include <stdio.h>

enum { K1 = -1, K2 = 200, K3 = 0x7fffffff };
enum color { RED, GREEN = 5, BLUE };

static int sw_char(char c) {
    switch (c) { case -1: return 1; case 'a': return 2; case (char)200: return 3; default: return 0; }
}
static int sw_uchar(unsigned char c) {
    switch (c) { case K2: return 1; case 255: return 2; case K1: return 9; default: return 0; }
}
static int sw_ll(long long v) {
    switch (v) { case 1LL << 40: return 1; case -1: return 2; case K3: return 3; default: return 0; }
}
static int sw_u(unsigned v) {
    switch (v) { case -1: return 1; case 0x80000000u: return 2; default: return 0; }
}
static const char *name(enum color c) {
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    case BLUE + 1: return "next";
    }
    return "?";
}

int main(void) {
    printf("%d %d %d %d\n", sw_char(-1), sw_char('a'), sw_char(-56), sw_char(5));
    printf("%d %d %d\n", sw_uchar(200), sw_uchar(255), sw_uchar(1));
    printf("%d %d %d %d\n", sw_ll(1LL << 40), sw_ll(-1), sw_ll(0x7fffffff), sw_ll(0));
    printf("%d %d %d\n", sw_u(0xffffffffu), sw_u(0x80000000u), sw_u(3));
    printf("%s %s %s %s %s\n", name(RED), name(GREEN), name(BLUE), name((enum color)7), name((enum color)3));
    return 0;
}
