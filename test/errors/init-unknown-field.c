// A designator naming a member that does not exist.
// expect-error: 5:32: field designator 'z' does not refer to any field in type 'struct point'
struct point { int x; int y; };
int main(void) {
    struct point p = { .x = 1, .z = 2 };
    return p.x;
}
