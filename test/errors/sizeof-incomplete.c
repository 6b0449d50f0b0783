// sizeof of an incomplete type or a function.
// expect-error: 7:13: invalid application of 'sizeof' to an incomplete type 'struct opaque'
// expect-error: 8:13: invalid application of 'sizeof' to a function type
struct opaque;
int f(void) { return 0; }
int main(void) {
    int a = sizeof(struct opaque);
    int b = sizeof(f);
    int c = sizeof(void);
    return a + b + c;
}
