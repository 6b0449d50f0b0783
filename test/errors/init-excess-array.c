// More initializers than array elements.
// expect-error: 4:26: excess elements in array initializer
int main(void) {
    int a[3] = {1, 2, 3, 4};
    return a[0];
}
