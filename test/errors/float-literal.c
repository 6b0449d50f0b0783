// Floating-point constants are not supported yet.
// expect-error: 5:13: floating point is not supported yet
// expect-error: 6:13: floating point is not supported yet
int main(void) {
    int x = 1.5;
    int y = 2e3;
    return x + y;
}
