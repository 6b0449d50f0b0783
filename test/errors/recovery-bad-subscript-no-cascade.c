// A subscript of a non-array, used in arithmetic and as an argument.
// expect-error: 7:19: subscripted value is not an array or pointer (it has type 'int')
// expect-error: 7:27: subscripted value is not an array or pointer (it has type 'int')
int twice(int v) { return 2 * v; }
int main(void) {
    int n = 4;
    int r = twice(n[1]) + n[2] * 3;
    return r;
}
