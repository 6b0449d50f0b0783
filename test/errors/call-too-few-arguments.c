// A call with fewer arguments than the prototype.
// expect-error: 5:12: too few arguments to function 'add' (expected 2, got 1)
int add(int a, int b) { return a + b; }
int main(void) {
    return add(1);
}
