/* scanf converts numbers as strtol/strtoul do (strtoll/strtoull for ll): a number out of
 * their range clamps and sets errno to ERANGE, even for a suppressed conversion; %hd takes
 * strtol's value and narrows it without a range error. */
#include <errno.h>
#include <stdio.h>

int main(void) {
  int x = 0, n;
  long long ll;
  unsigned u;
  short h;
  errno = 0; n = sscanf("99999999999", "%d", &x); printf("%d %d %d\n", n, x, errno);
  errno = 0; n = sscanf("-99999999999", "%d", &x); printf("%d %d %d\n", n, x, errno);
  errno = 0; n = sscanf("2147483648", "%d", &x); printf("%d %d %d\n", n, x, errno);
  errno = 0; n = sscanf("2147483647", "%d", &x); printf("%d %d %d\n", n, x, errno);
  errno = 0; n = sscanf("4294967296", "%u", &u); printf("%d %u %d\n", n, u, errno);
  errno = 0; n = sscanf("-4294967295", "%u", &u); printf("%d %u %d\n", n, u, errno);
  errno = 0; n = sscanf("99999", "%hd", &h); printf("%d %d %d\n", n, h, errno);
  errno = 0; n = sscanf("99999999999", "%*d"); printf("%d %d\n", n, errno);
  errno = 0; n = sscanf("99999999999999999999", "%lld", &ll); printf("%d %lld %d\n", n, ll, errno);
  errno = 0; n = sscanf("-9223372036854775808", "%lld", &ll); printf("%d %lld %d\n", n, ll, errno);
  errno = 0; n = sscanf("fffffffff", "%x", &u); printf("%d %u %d\n", n, u, errno);
  errno = 0; n = sscanf("7 99999999999 8", "%d %d %d", &x, &x, &x); printf("%d %d %d\n", n, x, errno);
  return 0;
}
