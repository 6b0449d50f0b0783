// & needs an lvalue.
// expect-error: 6:14: cannot take the address of an rvalue of type 'int'
// expect-error: 7:14: cannot take the address of an rvalue of type 'int'
int main(void) {
    int x = 1;
    int *p = &(x + 1);
    int *q = &42;
    return *p + *q;
}
