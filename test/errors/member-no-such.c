// A member name the struct does not have.
// expect-error: 6:14: no member named 'z' in 'struct point'
struct point { int x; int y; };
int main(void) {
    struct point p = {1, 2};
    return p.z + p.x;
}
