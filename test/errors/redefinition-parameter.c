// Two parameters with the same name.
// expect-error: 3:20: redefinition of parameter 'a'
int add(int a, int a) { return a + a; }
int main(void) { return add(1, 2); }
