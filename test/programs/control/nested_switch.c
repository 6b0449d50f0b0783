#include <stdio.h>

int classify(int a, int b) {
    switch (a) {
    case 0:
        switch (b) {
        case 0: return 0;
        case 1: return 1;
        default: break;      /* breaks the inner switch only */
        }
        return 2;
    case 1:
        switch (b) { case 0: return 10; }
        /* fall through */
    case 2:
        return 20 + b;
    default:
        return -1;
    }
}

int main(void) {
    int a, b;
    for (a = 0; a < 4; a++) {
        for (b = 0; b < 3; b++) printf("%d ", classify(a, b));
        printf("\n");
    }
    int i, n = 0;
    for (i = 0; i < 10; i++) {
        switch (i % 3) {
        case 0: continue;     /* continue applies to the loop */
        case 1: n += 1; break;
        case 2: n += 10; break;
        }
        n += 100;
    }
    printf("%d\n", n);
    return 0;
}
