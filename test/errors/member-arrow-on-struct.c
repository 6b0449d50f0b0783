// -> on a struct (not a pointer) suggests '.'.
// expect-error: 6:13: member reference type 'struct point' is not a pointer; did you mean to use '.'?
struct point { int x; int y; };
int main(void) {
    struct point p = {1, 2};
    return p->x;
}
