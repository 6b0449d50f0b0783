// A function-like macro called with too many arguments.
// expect-error: 4:25: macro 'SQ' passed 2 arguments, but takes just 1
#define SQ(x) ((x) * (x))
int main(void) { return SQ(1, 2); }
