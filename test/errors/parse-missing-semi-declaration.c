// A declaration without its ';'.
// expect-error: 4:14: expected ';' after declaration
int main(void) {
    int x = 1
    return x;
}
