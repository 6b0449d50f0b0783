// An array needs a braced list (or a string for char arrays).
// expect-error: 5:16: array initializer must be an initializer list or string literal
int main(void) {
    int x = 1;
    int a[2] = x;
    return a[0];
}
