// An implicitly declared function (int f()) later defined with another return type.
// expect-error: 6:7: conflicting types for 'helper'
int main(void) {
    return helper(1);
}
char *helper(int x) { return 0; }
