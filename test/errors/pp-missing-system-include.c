// An angled #include of a header minic's libc does not have.
// expect-error: 3:10: 'no_such_system_header.h' file not found
#include <no_such_system_header.h>
int main(void) { return 0; }
