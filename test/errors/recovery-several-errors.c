// Five independent mistakes, each reported once, in source order.
// expect-error: 12:15: incompatible pointer types initializing 'int *' with an expression of type 'struct point *'
// expect-error: 13:7: cannot assign to variable 'k' with const-qualified type 'const int'
// expect-error: 14:7: no member named 'z' in 'struct point'
// expect-error: 15:5: too few arguments to function 'add' (expected 2, got 1)
// expect-error: 16:12: use of undeclared identifier 'undefined_value'
struct point { int x; int y; };
int add(int a, int b) { return a + b; }
int main(void) {
    struct point p = {1, 2};
    const int k = 3;
    int *ip = &p;
    k = 4;
    p.z = 5;
    add(1);
    return undefined_value;
}
