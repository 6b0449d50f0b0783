// Arithmetic on a pointer to an incomplete type.
// expect-error: 7:11: arithmetic on a pointer to an incomplete type 'struct opaque'
// expect-error: 8:5: arithmetic on a pointer to an incomplete type 'struct opaque'
struct opaque;
int main(void) {
    struct opaque *p = 0;
    p = p + 1;
    p++;
    return 0;
}
