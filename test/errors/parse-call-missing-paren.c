// A call whose argument list is not closed.
// expect-error: 5:18: expected ')'
int f(int a, int b) { return a + b; }
int main(void) {
    return f(1, 2;
}
