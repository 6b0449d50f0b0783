// A global declared with two different types.
// expect-error: 5:6: redefinition of 'value' with a different type: 'char' vs 'int'
// expect-error: 7:5: redefinition of 'table' with a different type: 'int [4]' vs 'int [3]'
int value;
char value;
extern int table[3];
int table[4];
int main(void) { return 0; }
