// if, while and for conditions must be scalars.
// expect-error: 8:9: statement requires expression of scalar type ('struct s' invalid)
// expect-error: 9:12: statement requires expression of scalar type ('struct s' invalid)
// expect-error: 10:12: statement requires expression of scalar type ('struct s' invalid)
struct s { int v; };
int main(void) {
    struct s a = {1};
    if (a) return 1;
    while (a) break;
    for (; a;) break;
    return a.v ? 0 : 1;
}
