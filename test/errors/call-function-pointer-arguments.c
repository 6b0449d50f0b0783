// Argument counts are checked through function pointers too.
// expect-error: 7:12: too few arguments to function call (expected 2, got 1)
// expect-error: 7:29: too many arguments to function call (expected 2, got 3)
int add(int a, int b) { return a + b; }
int main(void) {
    int (*op)(int, int) = add;
    return op(1) + op(1, 2, 3);
}
