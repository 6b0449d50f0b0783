// A struct defined twice in the same scope.
// expect-error: 4:1: redefinition of 'struct point'
struct point { int x; int y; };
struct point { int x; int y; };
int main(void) { return 0; }
