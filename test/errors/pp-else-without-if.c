// An #else with no #if.
// expect-error: 3:2: #else without #if
#else
int main(void) { return 0; }
