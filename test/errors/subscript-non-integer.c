// The subscript must be an integer.
// expect-error: 9:14: array subscript is not an integer (it has type 'int *')
// expect-error: 9:21: array subscript is not an integer (it has type 'struct s')
struct s { int v; };
int main(void) {
    int a[3] = {1, 2, 3};
    int *p = a;
    struct s k = {0};
    return a[p] + a[k];
}
