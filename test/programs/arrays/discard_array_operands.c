/* An array operand discarded through a cast still has its side effects evaluated:
 * the index, the call, the compound literal's initializer. */
#include <stdio.h>
struct s { char name[8]; int n; };
static int calls;
struct s f(void) { struct s r = {"abc", 1}; calls++; return r; }
struct s g_s;
struct s *next(void) { calls++; return &g_s; }
int main(void) {
  int m[3][2], i = 0;
  (void)m[i++];
  (void)(int[]){ puts("init") };
  (void)f().name;
  (void)next()->name;
  (const int *)m[i++];
  m[i++];
  char arr[4];
  (void)arr;
  printf("%d %d\n", i, calls);
  return 0;
}
