// A call with more arguments than the prototype; the caret is at the first extra one.
// expect-error: 5:22: too many arguments to function 'add' (expected 2, got 3)
int add(int a, int b) { return a + b; }
int main(void) {
    return add(1, 2, 3);
}
