// An array size must be positive.
// expect-error: 3:11: array size is negative
int table[-3];
int main(void) { return 0; }
