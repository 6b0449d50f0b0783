// *p of a void * has type void: there is no object to read or write.
// expect-error: 7:13: initializing 'int' with an expression of incompatible type 'void'
// expect-error: 8:8: incomplete type 'void' is not assignable
int main(void) {
    int x = 1;
    void *p = &x;
    int y = *p;
    *p = 2;
    return y;
}
