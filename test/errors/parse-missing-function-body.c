// A parameter list followed by something other than a body or ';'.
// expect-error: 3:13: expected ';' after declaration
int f(int x) return x;
int main(void) { return 0; }
