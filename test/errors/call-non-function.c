// Calling something that is not a function.
// expect-error: 7:5: called object type 'int' is not a function or function pointer
// expect-error: 8:5: called object type 'int *' is not a function or function pointer
int main(void) {
    int x = 1;
    int a[2] = {0, 1};
    x();
    a(1);
    return x;
}
