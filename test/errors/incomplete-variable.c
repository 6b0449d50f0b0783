// A variable of a struct type that is never defined.
// expect-error: 5:18: variable has incomplete type 'struct later'
struct later;
int main(void) {
    struct later x;
    return 0;
}
