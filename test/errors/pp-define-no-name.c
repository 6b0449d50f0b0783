// #define without a macro name.
// expect-error: 3:8: macro name missing
#define
int main(void) { return 0; }
