// Floating-point types are not supported yet.
// expect-error: 5:5: floating point is not supported yet
// expect-error: 6:5: floating point is not supported yet
int main(void) {
    float f;
    double d;
    return 0;
}
