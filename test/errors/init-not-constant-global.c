// A global's initializer must be a constant.
// expect-error: 4:15: initializer element is not a compile-time constant
int base = 10;
int derived = base * 2;
int main(void) { return derived; }
