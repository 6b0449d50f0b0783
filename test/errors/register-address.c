// The address of a register variable may not be taken, not even of a part of it.
// (gcc reports these at the start of the statement; minic at the '&'.)
// expect-error: 13:14: address of register variable 'r' requested
// expect-error: 14:9: address of register variable 's' requested
// expect-error: 15:9: address of register variable 'a' requested
// expect-error: 16:19: address of register variable 'k' requested
// expect-error: 18:36: address of register variable 'n' requested
struct pair { int x; int m[2]; };
int f(register int k) {
    register int r = 1;
    register struct pair s;
    register int a[2];
    int *p = &r;
    p = &s.m[0];
    p = &a[1];
    return *p + *(&k) + a[0];
}
int g(n) register int n; { return *&n; }
int main(void) {
    register int *q = 0;
    int *ok = &*q; /* the object is elsewhere */
    return ok != 0;
}
