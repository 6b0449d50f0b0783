// A wrong argument count is one error: the arguments are not matched to parameters then.
// expect-error: 7:5: too few arguments to function 'copy' (expected 3, got 2)
// expect-error: 8:19: too many arguments to function 'copy' (expected 3, got 4)
void copy(int *dst, const int *src, int n) { while (n--) dst[n] = src[n]; }
int main(void) {
    int a[2] = {1, 2}, b[2];
    copy(b, 2);
    copy(b, a, 2, 3);
    return b[0];
}
