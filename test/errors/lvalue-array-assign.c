// Arrays cannot be assigned as a whole.
// expect-error: 6:7: array type 'int [3]' is not assignable
int main(void) {
    int a[3] = {1, 2, 3};
    int b[3];
    b = a;
    return b[0];
}
