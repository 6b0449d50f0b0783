// An #endif with no #if.
// expect-error: 4:2: #endif without #if
int main(void) { return 0; }
#endif
