// An #if without #endif.
// expect-error: 3:2: unterminated conditional directive
#if 1
int main(void) { return 0; }
