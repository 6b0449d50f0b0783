// A function's outermost block is the parameters' scope: redeclaring one is an error.
// expect-error: 4:9: redefinition of 'factor'
int scale(int factor) {
    int factor = 2;
    return factor;
}
int main(void) { return scale(1); }
