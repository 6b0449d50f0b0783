// Function pointers must match the function's type.
// expect-error: 8:8: incompatible pointer types assigning to 'int (*)(int)' from 'int (*)(char *)'
// expect-error: 9:27: incompatible pointer types initializing 'int (*)(int, int)' with an expression of type 'int (*)(int)'
int by_int(int x) { return x; }
int by_ptr(char *s) { return s[0]; }
int main(void) {
    int (*fp)(int) = by_int;
    fp = by_ptr;
    int (*gp)(int, int) = by_int;
    return fp(1) + gp(1, 2);
}
