// A local array needs a size or an initializer to count.
// expect-error: 4:9: definition of variable with array type needs an explicit size or an initializer
int main(void) {
    int a[];
    int b[] = {1, 2, 3};
    return b[2];
}
