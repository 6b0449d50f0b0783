// One report per line, not one per float in it.
// expect-error: 4:1: floating point is not supported yet
// expect-error: 6:5: floating point is not supported yet
double scale(double x, double y) { return x * 2.0 + y; }
int main(void) {
    double d = 1.0, e = 2.5;
    return 0;
}
