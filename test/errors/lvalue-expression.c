// Assigning to the result of an operator.
// expect-error: 5:11: expression is not assignable
int main(void) {
    int x = 0;
    x + 1 = 2;
    return x;
}
