// A char array takes a plain string literal, a wchar_t array a wide one (C99 6.7.8p14-15).
// expect-error: 5:17: initializing char array with wide string literal
// expect-error: 6:18: initializing wide char array with non-wide string literal
#include <stddef.h>
char narrow[] = L"wide";
wchar_t wide[] = "narrow";
int main(void) { return 0; }
