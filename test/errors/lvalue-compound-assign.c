// Compound assignment also needs a modifiable lvalue.
// expect-error: 5:11: expression is not assignable
int main(void) {
    int x = 1;
    x * 2 += 3;
    return x;
}
