// Two struct types with the same members are still different types.
// expect-error: 9:8: assigning to 'struct a' from incompatible type 'struct b'
// expect-error: 10:19: initializing 'struct a' with an expression of incompatible type 'struct b'
struct a { int x; };
struct b { int x; };
int main(void) {
    struct a s1 = {1};
    struct b s2 = {2};
    s1 = s2;
    struct a s3 = s2;
    return s1.x + s3.x;
}
