// A directive that does not exist.
// expect-error: 3:2: invalid preprocessing directive '#inclde'
#inclde <stdio.h>
int main(void) { return 0; }
