// An #if expression missing an operand.
// expect-error: 3:7: expected value in expression
#if 1 +
#endif
int main(void) { return 0; }
