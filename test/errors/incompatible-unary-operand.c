// Unary operators on operands of the wrong type.
// expect-error: 10:9: invalid argument type 'struct s' to unary expression
// expect-error: 11:9: invalid argument type 'int *' to unary expression
// expect-error: 12:9: invalid argument type 'struct s' to unary expression
struct s { int v; };
int main(void) {
    struct s a = {1};
    int x = 1;
    int *p = &x;
    x = -a;
    x = ~p;
    x = !a;
    return x;
}
