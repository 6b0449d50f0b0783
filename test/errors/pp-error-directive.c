// #error stops the compilation with its message.
// expect-error: 5:2: #error LIMIT is too large
#define LIMIT 5
#if LIMIT > 3
#error LIMIT is too large
#endif
int main(void) { return 0; }
