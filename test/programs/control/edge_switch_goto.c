#include <stdio.h>
static const char *cls(long long v) {
    switch (v) {
    case -5000000000LL: return "neg-big";
    case -1: return "m1";
    case 0x100000000LL: return "2^32";
    case 0: case 1: return "small";
    default: return "other";
    }
}
static int fall(int x) {
    int r = 0;
    switch (x) {
    case -3: r += 1;
    case -2: r += 10;
    default: r += 100;
    case 5: r += 1000; break;
    case 6: { r = 6; }
    }
    return r;
}
int main(void) {
    long long vs[] = { -5000000000LL, -1, 0x100000000LL, 1, 4294967295LL, 0 };
    int i;
    for (i = 0; i < 6; i++) printf("%s\n", cls(vs[i]));
    for (i = -4; i <= 7; i++) printf("%d ", fall(i)); printf("\n");
    unsigned char uc = 250;
    switch (uc) { case 250: printf("uc250\n"); break; case -6: printf("neg\n"); break; }
    char ch = -6;
    switch (ch) { case 250: printf("c250\n"); break; case -6: printf("cneg\n"); break; }
    switch (3) default: printf("only default\n");
    i = 0;
    goto inside;
    while (i < 5) {
        printf("top %d\n", i);
    inside:
        i += 2;
        printf("in %d\n", i);
    }
    int j = 0;
    for (j = 0; j < 3; j++) {
        switch (j) { case 1: continue; }
        printf("j%d\n", j);
    }
    int n = 7, cnt = 0;
    switch (n % 4) { case 0: do { cnt++; case 3: cnt++; case 2: cnt++; case 1: cnt++; } while ((n -= 4) > 0); }
    printf("duff %d\n", cnt);
    return 0;
}
