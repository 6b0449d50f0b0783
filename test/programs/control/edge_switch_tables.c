#include <stdio.h>
#include <limits.h>
static int dense(int x) {
    switch (x) {
    case -3: return 1; case -2: return 2; case -1: return 3; case 0: return 4; case 1: return 5;
    case 2: return 6; case 3: return 7; case 4: return 8; case 5: return 9; case 7: return 10;
    case 8: return 11; case 9: return 12; case 10: return 13;
    default: return -1;
    }
}
static int udense(unsigned x) {
    switch (x) {
    case 0: return 1; case 1: return 2; case 2: return 3; case 3: return 4; case 4: return 5;
    case 5: return 6; case 6: return 7; case 0xFFFFFFFFu: return 8; case 0x80000000u: return 9;
    default: return 0;
    }
}
static int lldense(long long x) {
    switch (x) {
    case 0: return 1; case 1: return 2; case 2: return 3; case 3: return 4; case 4: return 5;
    case 5: return 6; case 6: return 7; case 7: return 8;
    case 0x100000000LL: return 9; case 0x100000001LL: return 10; case -0x100000000LL: return 11;
    default: return 0;
    }
}
static int chsw(char c) {
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
    case 'b': case 'c': case 'd': return 2;
    case '\xff': return 3; case '\x80': return 4;
    default: return 0;
    }
}
static int usw(unsigned short s) {
    switch (s) { case 65535: return 1; case 0: return 2; case 1: return 3; case 2: return 4; case 3: return 5; case 4: return 6; case 5: return 7; case 6: return 8; case 7: return 9; }
    return 0;
}
int main(void) {
    int vals[] = { INT_MIN, -4, -3, 0, 5, 6, 10, 11, INT_MAX, -2147483647 };
    unsigned uvals[] = { 0, 6, 7, 0x7FFFFFFF, 0x80000000u, 0xFFFFFFFFu, 0xFFFFFFFEu };
    long long lvals[] = { 0, 7, 8, 0x100000000LL, 0x100000001LL, 0x100000002LL, -0x100000000LL, 0x100000000LL + 3, -1, (long long)0x8000000000000000ull };
    const char *cs = "aebz\xff\x80q";
    int i;
    for (i = 0; i < 10; i++) printf("%d ", dense(vals[i])); printf("\n");
    for (i = 0; i < 7; i++) printf("%d ", udense(uvals[i])); printf("\n");
    for (i = 0; i < 10; i++) printf("%d ", lldense(lvals[i])); printf("\n");
    for (i = 0; cs[i]; i++) printf("%d ", chsw(cs[i])); printf("\n");
    for (i = -2; i < 10; i++) printf("%d ", usw((unsigned short)i)); printf("\n");
    for (i = 0; i < 3; i++) printf("%d ", usw(65535 + i)); printf("\n");
    return 0;
}
