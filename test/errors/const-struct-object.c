// The members of a const struct object are const.
// expect-error: 8:14: cannot assign to member 'x' with const-qualified type 'const int'
// expect-error: 9:10: cannot assign to member 'y' with const-qualified type 'const int'
struct point { int x; int y; };
int main(void) {
    const struct point origin = {0, 0};
    const struct point *p = &origin;
    origin.x = 1;
    p->y = 2;
    return origin.x;
}
