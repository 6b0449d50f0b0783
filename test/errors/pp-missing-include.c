// A quoted #include of a file that does not exist.
// expect-error: 3:10: 'no_such_header.h' file not found
#include "no_such_header.h"
int main(void) { return 0; }
