// A name used without a declaration.
// expect-error: 5:16: use of undeclared identifier 'y'
int main(void) {
    int x = 1;
    return x + y;
}
