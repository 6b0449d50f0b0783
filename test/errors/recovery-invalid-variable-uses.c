// A variable whose declaration was rejected is not reported again where it is used.
// expect-error: 6:20: variable has incomplete type 'struct unknown'
// expect-error: 7:10: variable has incomplete type 'void'
struct unknown;
int main(void) {
    struct unknown u;
    void nothing;
    u.field = 1;
    nothing = 2;
    return u.other + nothing;
}
