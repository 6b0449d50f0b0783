/* long long constants as conditions (1LL is true), long long shift counts (narrowed,
 * as C keeps the count's own type), and compound assignments computed in long long. */
#include <stdio.h>
int main(void) {
  int x = 1; long long n = 3; long long y = x << n;
  unsigned u = 0x80000000u; int k = 5;
  printf("%lld %d %u %d\n", y, x << 3LL, u >> 31LL, k >> n);
  k <<= n; printf("%d\n", k);
  k >>= 2LL; printf("%d\n", k);
  if (1LL) puts("yes"); else puts("no");
  printf("%d %d %d\n", 5LL ? 1 : 2, 1 && 4294967296, !7ULL);
  while (5LL) { puts("loop"); break; }
  for (; 1ULL;) { puts("for"); break; }
  do { puts("do"); } while (0LL);
  if (!5LL) puts("bad"); else puts("good");
  if (2147483648) puts("big");
  if (0x100000000 && x) puts("and");
  int i = 10; i /= 0x100000002LL; printf("%d\n", i);
  unsigned v = 10; v /= -2LL; printf("%u\n", v);
  int w = 5; w *= 0x100000001LL; printf("%d\n", w);
  int r = (x<<n) + (x<<n) + (x<<n) + (x<<n) + (x<<n) + (x<<n) + (x<<n) + (x<<n) + (x<<n) + (x<<n) + (x<<n) + (x<<n) + (x<<n) + (x<<n) + (x<<n);
  printf("%d\n", r);
  return 0;
}
