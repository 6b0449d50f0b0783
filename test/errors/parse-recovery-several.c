// Three missing semicolons in three functions: each is reported once, nothing else.
// expect-error: 6:13: expected ';' after return statement
// expect-error: 9:14: expected ';' after declaration
// expect-error: 12:23: expected ';' after return statement
int f(int x) {
    return x
}
int g(void) {
    int y = 2
    return y;
}
int h(void) { return 1 }
int main(void) { return f(1) + g() + h(); }
