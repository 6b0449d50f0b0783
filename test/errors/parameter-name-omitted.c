// A function definition must name its parameters.
// expect-error: 3:12: parameter name omitted
int add(int, int b) { return b; }
int main(void) { return add(1, 2); }
