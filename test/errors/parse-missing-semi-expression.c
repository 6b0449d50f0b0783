// A statement without its ';': the error points just after the expression.
// expect-error: 5:10: expected ';' after expression
int main(void) {
    int x;
    x = 1
    return x;
}
