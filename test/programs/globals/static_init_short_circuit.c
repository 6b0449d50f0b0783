/* Static initializers: && and || stop at a deciding left operand, so what follows may
 * be anything a constant may hold only where it is not evaluated (C99 6.6p3). */
#include <stdio.h>
int f(void) { return 3; }
int v;
static int a = 1 || 1 / 0;
static int b = 0 && 1 / 0;
static int c = 1 || f();
static int d = 0 && (v = 1);
static int e = 2 && 3;
static int h = 0 || 0;
static long long k = 1LL || 1 / 0;
static int *p = &v;
static int q = 0 && 1 % 0;
int main(void) { printf("%d %d %d %d %d %d %lld %d %d\n", a, b, c, d, e, h, k, q, p == &v); return 0; }
