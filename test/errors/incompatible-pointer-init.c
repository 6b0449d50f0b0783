// Initializing a pointer from a pointer to a different type.
// expect-error: 7:16: incompatible pointer types initializing 'long *' with an expression of type 'int *'
// expect-error: 8:22: incompatible pointer types initializing 'struct node *' with an expression of type 'int *'
struct node { int value; };
int main(void) {
    int x = 1;
    long *lp = &x;
    struct node *n = &x;
    return (int)*lp + n->value;
}
