// A struct is not a pointer.
// expect-error: 6:12: indirection requires pointer operand ('struct s' invalid)
struct s { int v; };
int main(void) {
    struct s a = {1};
    return *a;
}
