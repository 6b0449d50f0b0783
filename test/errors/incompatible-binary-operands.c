// Arithmetic on structs and invalid pointer arithmetic.
// expect-error: 12:15: invalid operands to binary expression ('struct s' and 'int')
// expect-error: 13:11: invalid operands to binary expression ('int *' and 'int')
// expect-error: 14:17: invalid operands to binary expression ('int *' and 'int *')
// expect-error: 15:11: invalid operands to binary expression ('int' and 'int *')
// expect-error: 16:13: invalid operands to binary expression ('int' and 'struct s')
struct s { int v; };
int main(void) {
    struct s a = {1};
    int x = 1;
    int *p = &x, *q = &x;
    int r = a + 1;
    r = p * 2;
    r = (int)(p + q);
    r = x % p;
    r = a.v << a;
    return r;
}
