// f(void) takes no arguments at all.
// expect-error: 5:14: too many arguments to function 'f' (expected 0, got 1)
int f(void) { return 1; }
int main(void) {
    return f(0);
}
