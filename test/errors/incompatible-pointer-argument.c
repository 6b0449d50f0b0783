// Passing a pointer of the wrong type to a prototyped function.
// expect-error: 6:10: incompatible pointer types passing 'char *' to parameter of type 'int *'
void fill(int *dst, int n) { while (n-- > 0) dst[n] = 0; }
int main(void) {
    char buf[8];
    fill(buf, 8);
    return buf[0];
}
