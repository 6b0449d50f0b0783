// Errors in several functions are all reported; correct functions in between are fine.
// expect-error: 4:24: use of undeclared identifier 'missing_one'
// expect-error: 6:27: member reference base type 'int' is not a structure or union
int one(void) { return missing_one; }
int two(void) { return 2; }
int three(void) { int x; x.y = 3; return x; }
int main(void) { return one() + two() + three(); }
