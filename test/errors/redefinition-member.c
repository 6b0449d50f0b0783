// Two members with the same name.
// expect-error: 3:34: duplicate member 'x'
struct point { int x; int y; int x; };
int main(void) { return 0; }
