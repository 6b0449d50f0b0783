#include <stdio.h>
#include <string.h>

#define LIMIT 100000

static char composite[LIMIT + 1];

int main(void) {
    int i, j, count = 0, last = 0;
    memset(composite, 0, sizeof composite);
    for (i = 2; (long)i * i <= LIMIT; i++)
        if (!composite[i])
            for (j = i * i; j <= LIMIT; j += i) composite[j] = 1;
    for (i = 2; i <= LIMIT; i++) if (!composite[i]) { count++; last = i; }
    printf("%d primes below %d, largest %d\n", count, LIMIT, last);
    printf("first 25:");
    for (i = 2, j = 0; j < 25; i++) if (!composite[i]) { printf(" %d", i); j++; }
    printf("\n");
    int twins = 0, gap = 0, gstart = 0, prev = 2;
    for (i = 3; i <= LIMIT; i++)
        if (!composite[i]) {
            if (i - prev == 2) twins++;
            if (i - prev > gap) { gap = i - prev; gstart = prev; }
            prev = i;
        }
    printf("twin pairs %d, max gap %d after %d\n", twins, gap, gstart);
    return 0;
}
