/* scanf's numbered arguments (`%2$d`, POSIX, as glibc reads them): a conversion may name
 * the pointer it stores through; unnumbered conversions keep taking the pointers in order;
 * digits before the flags are a position only when a '$' follows them. */
#include <stdio.h>

int main(void) {
  int a = 0, b = 0, c = 0;
  char word[16] = "";
  long long big = 0;
  short h = 0;

  int n = sscanf("10 20 30", "%3$d %1$d %2$d", &a, &b, &c);
  printf("%d: %d %d %d\n", n, a, b, c);

  a = b = c = 0;
  n = sscanf("7 8", "%2$d %d", &a, &b);
  printf("%d: %d %d\n", n, a, b);

  n = sscanf("hello 123456789012 -5", "%2$s %1$lld %3$hd", &big, word, &h);
  printf("%d: %s %lld %d\n", n, word, big, h);

  a = b = 0;
  n = sscanf("1 2 3", "%2$*d %1$d %2$d", &a, &b);
  printf("%d: %d %d\n", n, a, b);

  a = 0;
  n = sscanf("12345", "%1$3d", &a);
  printf("%d: %d\n", n, a);

  a = b = 0;
  int consumed = 0;
  n = sscanf("42 abc", "%2$d %1$n", &consumed, &a);
  printf("%d: %d %d\n", n, a, consumed);

  a = 0;
  n = sscanf("99", "%1$d", &a);
  printf("%d: %d\n", n, a);

  a = b = 0;
  n = sscanf("5 6", "%1$d %1$d", &a, &b);
  printf("%d: %d %d\n", n, a, b);

  /* digits then a flag: a width of 2 and '*' as the conversion, a matching failure */
  a = b = 0;
  n = sscanf("123 456", "%2*d %d", &a, &b);
  printf("%d: %d %d\n", n, a, b);

  /* position 0 is no position: the next argument in order */
  a = 0;
  n = sscanf("123", "%0$d", &a);
  printf("%d: %d\n", n, a);
  return 0;
}
