// More initializers than struct members.
// expect-error: 5:29: excess elements in struct initializer
struct point { int x; int y; };
int main(void) {
    struct point p = {1, 2, 3};
    return p.x;
}
