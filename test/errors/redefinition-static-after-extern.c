// A static definition after a non-static declaration.
// expect-error: 4:12: static declaration of 'helper' follows non-static declaration
int helper(void);
static int helper(void) { return 1; }
int main(void) { return helper(); }
