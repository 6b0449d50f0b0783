// A macro call whose argument list runs off the end of the file.
// expect-error: 4:25: unterminated function-like macro invocation
#define ID(x) x
int main(void) { return ID(1; }
