#include <stddef.h>
#include <stdio.h>
struct In { short s[3]; char c; };
struct M { int a; struct In in[4]; long long q; };
enum { A = offsetof(struct M, in[2].c), B = offsetof(struct M, in[1].s[2]), C = offsetof(struct M, q) };
static const unsigned char offs[] = { offsetof(struct M, a), offsetof(struct M, in), offsetof(struct M, in[3]), offsetof(struct M, in[1].c) };
static long long big = offsetof(struct M, q) * 1000000000LL;
int main(void) {
    int i; char buf[offsetof(struct M, in[1])];
    printf("%d %d %d %d %lld\n", A, B, C, (int)sizeof buf, big);
    for (i = 0; i < 4; i++) printf("%d ", offs[i]); printf("\n");
    switch (i) { case offsetof(struct M, in[0].s[1]): printf("four\n"); }
    int k = 2; printf("%d\n", (int)offsetof(struct M, in[0].s[0]) + k);
    return 0;
}
