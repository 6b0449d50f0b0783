// Variable-length arrays are not supported.
// expect-error: 5:11: variable length arrays are not supported
int main(void) {
    int n = 4;
    int a[n];
    a[0] = 1;
    return a[0];
}
