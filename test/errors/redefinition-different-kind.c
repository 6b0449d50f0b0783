// One name used for a typedef, a variable and a function.
// expect-error: 5:5: redefinition of 'size' as different kind of symbol
// expect-error: 7:5: redefinition of 'total' as different kind of symbol
typedef int size;
int size;
int total;
int total(void) { return 0; }
int main(void) { return 0; }
