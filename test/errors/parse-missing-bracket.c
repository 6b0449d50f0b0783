// A subscript without its ']'.
// expect-error: 5:15: expected ']'
int main(void) {
    int a[3] = {1, 2, 3};
    return a[1;
}
