// A scalar initialized from a list of several values.
// expect-error: 4:17: excess elements in scalar initializer
int main(void) {
    int x = {1, 2};
    return x;
}
