// #error inside an included header is reported at the header's line.
// expect-error: pp-error-in-header.h:3:2: #error this header needs CONFIGURED to be defined
#include "pp-error-in-header.h"
int main(void) { return 0; }
