#include <stdio.h>

int primes[] = {2, 3, 5, 7, 11};
int zeros[100];
char msg[] = "global message";
char buf[8] = "ab";
int grid[2][3] = {{1, 2, 3}, {4, 5, 6}};
long long lls[3] = {1, -1};
const char *names[] = {"alpha", "beta", "gamma", 0};

int main(void) {
    int i, s = 0;
    for (i = 0; i < (int)(sizeof primes / sizeof *primes); i++) s += primes[i];
    printf("%d\n", s);
    s = 0;
    for (i = 0; i < 100; i++) s += zeros[i];
    printf("%d\n", s);
    printf("%s %d\n", msg, (int)sizeof msg);
    printf("%s %d %d\n", buf, buf[5], (int)sizeof buf);
    printf("%d %d\n", grid[1][2], grid[0][1]);
    printf("%lld %lld %lld\n", lls[0], lls[1], lls[2]);
    for (i = 0; names[i]; i++) printf("%s ", names[i]);
    printf("\n");
    msg[0] = 'G';
    printf("%s\n", msg);
    return 0;
}
