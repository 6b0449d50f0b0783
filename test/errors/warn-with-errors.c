// Warnings are shown along with errors; the errors still stop the build.
// expect-warning: 7:13: implicit declaration of function 'helper' is invalid in C99
// expect-error: 8:9: use of undeclared identifier 'missing'
// expect-warning: 6:9: unused variable 'unused'
int main(void) {
    int unused;
    int r = helper(1);
    r = missing + 1;
    return r;
}
int helper(int x) { return x; }
