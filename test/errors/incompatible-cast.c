// Only scalars can be cast, and only to scalar types (or void).
// expect-error: 7:18: operand of type 'struct s' where arithmetic or pointer type is required
// expect-error: 8:18: used type 'struct s' where arithmetic or pointer type is required
struct s { int v; };
int main(void) {
    struct s a = {1};
    int x = (int)a;
    struct s b = (struct s)x;
    (void)a;
    return x + b.v;
}
