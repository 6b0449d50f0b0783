#include <stdio.h>

#define LEN(a) ((int)(sizeof(a) / sizeof((a)[0])))

int primes[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29};

int main(void) {
    int i, found = -1;
    for (i = 0; i < LEN(primes); i++)
        if (primes[i] == 19) { found = i; break; }
    printf("%d %d\n", LEN(primes), found);
    int lo = 0, hi = LEN(primes) - 1, target = 23;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (primes[mid] == target) { printf("at %d\n", mid); break; }
        if (primes[mid] < target) lo = mid + 1; else hi = mid - 1;
    }
    return 0;
}
