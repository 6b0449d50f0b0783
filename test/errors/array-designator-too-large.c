// An array sized by its initializer obeys the limit of a declared size: a designator
// past 2 GiB of elements is an error at the designator, not a 4 GB typed array (which
// used to end in an internal error) or a 2 GB data section built before ld refused it.
// expect-error: 6:15: array is too large
// expect-error: 7:17: array is too large
int ints[] = {[0x40000000] = 1};
char chars[] = {[0x7fffffff] = 1};
char fits[] = {[0x7ffffffe] = 0};
