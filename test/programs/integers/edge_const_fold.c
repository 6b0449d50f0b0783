#include <stdio.h>
int g1 = (char)300;
unsigned char g2 = 256 + 5;
long long g3 = 0xffffffff + 1;
long long g3b = 0xffffffffLL + 1;
int g4 = -1u > 0;
static int arr[(unsigned char)260];
enum { X = (short)70000, Y = (unsigned char)-1, Z = -1 >> 1, W = (int)(0x80000000u >> 31) };
int g5 = 7 / -2, g6 = -7 % 2;
unsigned long long g7 = -1 >> 1;
int g8 = (unsigned)-1 / 2;
int g9 = 0x100000000LL >> 32;
_Bool g10 = 256;
_Bool g10b = 0x100000000LL;
int g11 = sizeof(struct { char c; long long l; });
long long g12 = -9223372036854775807LL - 1;
unsigned long long g13 = 0xffffffffffffffffULL / 10;
long long g14 = 1 ? -1 : 0u;
long long g15 = 1 ? -1 : 0LL;
unsigned g16 = (unsigned short)-3 * 2u;
int g17 = (signed char)0x80 / 2;
long long g18 = (long long)-5 / 2 * 3 % 4;
unsigned long long g19 = (unsigned long long)-5 / 2;
int g20 = ~0u >> 28;
int g21 = (-8) >> 1;
int g22 = 'a' * 'b' - '\xff';
int g23 = !0 + !5 + ~-1 + -~0;
long long g24 = (1LL << 40) | (1 << 20);
unsigned long long g25 = 3000000000u * 2ull;
unsigned g26 = 3000000000u * 2u;
int g27 = (int)3000000000u;
short g28 = 1 ? 100000 : 0;
int g29[] = { (char)1000, (unsigned char)1000, (short)-40000, (unsigned short)-40000 };
long long g30[] = { (long long)(int)0x80000000u, (unsigned)-1 + 1LL, -1 + 0ULL > 0 };
char g31 = -129;
int g32 = 10 % 3 == 1 && 10 / 3 == 3 || 1 / 1;
int main(void) {
    int i;
    printf("%d %d %lld %lld %d %d\n", g1, g2, g3, g3b, g4, (int)sizeof arr);
    printf("%d %d %d %d\n", X, Y, Z, W);
    printf("%d %d %llu %d %d %d %d %d\n", g5, g6, g7, g8, g9, g10, g10b, g11);
    printf("%lld %llu %lld %lld %u %d\n", g12, g13, g14, g15, g16, g17);
    printf("%lld %llu %d %d %d %d\n", g18, g19, g20, g21, g22, g23);
    printf("%lld %llu %u %d %d\n", g24, g25, g26, g27, g28);
    for (i = 0; i < 4; i++) printf("%d ", g29[i]); printf("\n");
    for (i = 0; i < 3; i++) printf("%lld ", g30[i]); printf("\n");
    printf("%d %d\n", g31, g32);
    switch (200) { case (unsigned char)200: printf("uc\n"); break; case (char)200: printf("sc\n"); break; }
    switch (-56) { case (unsigned char)200: printf("uc\n"); break; case (char)200: printf("sc\n"); break; }
    static long long sl = (long long)1 << 62 >> 61; printf("%lld\n", sl);
    char loc[sizeof(long long) * (1 ? 2 : 3)]; printf("%d\n", (int)sizeof loc);
    return 0;
}
