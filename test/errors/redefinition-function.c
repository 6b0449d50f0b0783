// A function with two bodies.
// expect-error: 4:5: redefinition of 'square'
int square(int x) { return x * x; }
int square(int x) { return x * x; }
int main(void) { return square(2); }
