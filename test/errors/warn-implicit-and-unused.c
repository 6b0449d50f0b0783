// Warnings do not stop the compilation: the object is produced.
// expect-warning: 6:13: implicit declaration of function 'compute' is invalid in C99
// expect-warning: 5:9: unused variable 'spare'
int main(void) {
    int spare = 0;
    int r = compute(2);
    return r;
}
int compute(int x) { return x + 1; }
