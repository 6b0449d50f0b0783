// Enumerator values must be integer constants.
// expect-error: 4:21: enumerator value is not an integer constant expression
int base = 3;
enum size { SMALL = base, LARGE };
int main(void) { return SMALL; }
