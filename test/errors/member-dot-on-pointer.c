// . on a pointer to struct suggests '->'.
// expect-error: 7:14: member reference type 'struct point *' is a pointer; did you mean to use '->'?
struct point { int x; int y; };
int main(void) {
    struct point p = {1, 2};
    struct point *pp = &p;
    return pp.y;
}
