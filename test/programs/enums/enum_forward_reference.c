/* A forward reference to an enum (`enum shade;`, a gcc extension C99 does not have):
 * pointers and prototypes may use the type before its definition, and the definition
 * completes that same type. With no negative enumerator gcc makes it unsigned int, so
 * `x - 6 < 0` is false even through a pointer declared before the definition. */
#include <stdio.h>

enum shade;
enum shade *current;
int below_six(enum shade *s);

enum shade { LIGHT, DARK = 5 };

int below_six(enum shade *s) { return *s - 6 < 0; }

enum shade fallback = LIGHT;

int main(void) {
  enum shade s = DARK;
  current = &s;
  printf("%d %d %d\n", below_six(&s), *current - 6 < 0, fallback - 1 < 0);
  printf("%d %d\n", (int)sizeof(enum shade), (int)sizeof *current);
  printf("%d\n", *current == DARK);
  return 0;
}
