// An integer is not a pointer: only the constant 0 converts implicitly.
// expect-error: 7:14: incompatible integer to pointer conversion initializing 'int *' with an expression of type 'int'
// expect-error: 8:7: incompatible integer to pointer conversion assigning to 'int *' from 'int'
int main(void) {
    int x = 5;
    int *ok = 0;
    int *p = 1234;
    p = x;
    return p == ok;
}
