#include <stdio.h>

int code(int x) {
    switch (x) {
    case -1000000: return 1;
    case -5: return 2;
    case 0: return 3;
    case 7: return 4;
    case 100: return 5;
    case 1000: return 6;
    case 65536: return 7;
    case 2147483647: return 8;
    case -2147483647 - 1: return 9;
    }
    return 0;
}

int dense(unsigned x) {
    switch (x) {
    case 0: return 10; case 1: return 11; case 2: return 12; case 3: return 13;
    case 4: return 14; case 5: return 15; case 6: return 16; case 7: return 17;
    case 0xffffffffu: return 99;
    default: return -1;
    }
}

int main(void) {
    int xs[] = {-1000000, -5, 0, 7, 100, 1000, 65536, 2147483647, -2147483647 - 1, 8, -6};
    int i;
    for (i = 0; i < 11; i++) printf("%d ", code(xs[i]));
    printf("\n");
    for (i = -1; i < 10; i++) printf("%d ", dense((unsigned)i));
    printf("\n");
    long long big = 0x100000001LL;
    switch (big) { case 1: printf("low\n"); break; case 0x100000001LL: printf("full\n"); break; }
    return 0;
}
