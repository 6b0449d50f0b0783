// * needs a pointer.
// expect-error: 6:5: indirection requires pointer operand ('int' invalid)
// expect-error: 7:12: indirection requires pointer operand ('int' invalid)
int main(void) {
    int x = 1;
    *x = 2;
    return *x;
}
