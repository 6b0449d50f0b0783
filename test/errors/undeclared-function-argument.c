// An undeclared name as an argument: the call itself is fine.
// expect-error: 5:18: use of undeclared identifier 'value'
int twice(int v) { return 2 * v; }
int main(void) {
    return twice(value);
}
