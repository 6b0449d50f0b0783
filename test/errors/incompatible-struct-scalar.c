// Structs and integers do not convert into each other.
// expect-error: 7:13: initializing 'int' with an expression of incompatible type 'struct point'
// expect-error: 8:7: assigning to 'struct point' from incompatible type 'int'
struct point { int x; int y; };
int main(void) {
    struct point p = {1, 2};
    int n = p;
    p = 0;
    return n;
}
