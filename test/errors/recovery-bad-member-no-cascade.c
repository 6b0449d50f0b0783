// A bad member access inside larger expressions: one error each, nothing after it.
// expect-error: 8:18: no member named 'zz' in 'struct point'
// expect-error: 9:15: no member named 'w' in 'struct point'
// expect-error: 10:12: no member named 'v' in 'struct point'
struct point { int x; int y; };
int main(void) {
    struct point p = {1, 2};
    int *ip = &p.zz;
    int n = p.w * 2 + p.x;
    n += p.v;
    return n + *ip;
}
