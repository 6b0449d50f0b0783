// A struct argument must have the parameter's struct type.
// expect-error: 9:16: passing 'struct b' to parameter of incompatible type 'struct a'
// expect-error: 9:25: passing 'int' to parameter of incompatible type 'struct a'
struct a { int x; };
struct b { int x; };
int get(struct a v) { return v.x; }
int main(void) {
    struct b v = {1};
    return get(v) + get(5);
}
