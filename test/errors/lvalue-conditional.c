// In C (unlike C++), a conditional expression is not an lvalue.
// expect-error: 5:17: expression is not assignable
int main(void) {
    int a = 1, b = 2, c = 1;
    (c ? a : b) = 3;
    return a;
}
