// Unused locals are warned about (parameters and used variables are not).
// expect-warning: 6:9: unused variable 'never'
// expect-warning: 8:13: unused variable 'inner'
int f(int unused_param) {
    int used = 1;
    int never;
    {
        int inner;
    }
    return used;
}
int main(void) { return f(0); }
