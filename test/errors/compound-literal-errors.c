// Compound literals follow the rules of initializers.
// expect-error: 8:29: excess elements in array initializer
// expect-error: 9:46: field designator 'z' does not refer to any field in type 'struct point'
// expect-error: 10:22: excess elements in scalar initializer
// expect-error: 11:15: initializing 'char *' with an expression of incompatible type 'struct point'
struct point { int x; int y; };
int main(void) {
    int *p = (int[2]){1, 2, 3};
    struct point q = (struct point){ .x = 1, .z = 2 };
    int n = (int){1, 2};
    char *s = (struct point){1, 2};
    return *p + q.x + n + (s != 0);
}
