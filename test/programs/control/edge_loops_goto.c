#include <stdio.h>
int main(void) {
    int i = 0, n = 0;
    do { i++; if (i % 2) continue; n += i; } while (i < 10);
    printf("%d %d\n", i, n);
    for (i = 0, n = 0; i < 10; i++) { if (i == 3) continue; if (i == 8) break; n += i; }
    printf("%d %d\n", i, n);
    i = 0;
    while (1) { switch (i) { case 5: goto out; default: i++; continue; } }
out:
    printf("%d\n", i);
    int j;
    for (i = 0; i < 3; i++) for (j = 0; j < 3; j++) { if (j == 2) goto next; printf("%d%d ", i, j); next: ; }
    printf("\n");
    i = 3;
    goto mid;
    for (; i < 6; i++) {
        printf("a%d ", i);
    mid:
        printf("b%d ", i);
    }
    printf("\n");
    i = 0;
again:
    { int k = i * 2; if (i++ < 3) { printf("k%d ", k); goto again; } }
    printf("\n");
    int total = 0;
    for (i = 0; i < 4; i++) {
        switch (i & 1) {
        case 0: for (j = 0; j < 3; j++) { if (j == 1) break; total += 10; } break;
        case 1: do { total++; if (total > 100) break; } while (0); continue;
        }
        total += 1000;
    }
    printf("%d\n", total);
    unsigned char c = 250; n = 0; while (c++ != 3) n++; printf("%d %d\n", n, c);
    for (signed char s = 120; s > 0 && s < 127; s += 3) n++; printf("%d\n", n);
    unsigned u = 3; n = 0; while (u-- > 0) n++; printf("%d %u\n", n, u);
    long long ll; n = 0; for (ll = 0x100000000LL - 3; ll < 0x100000003LL; ll++) n++; printf("%d\n", n);
    return 0;
}
