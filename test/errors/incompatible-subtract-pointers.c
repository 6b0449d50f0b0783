// Subtracting pointers to different types.
// expect-error: 6:24: 'int *' and 'char *' are not pointers to compatible types
int main(void) {
    int a[4];
    char b[4];
    return (int)(&a[3] - &b[0]);
}
