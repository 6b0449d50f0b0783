// A scalar cannot be initialized from an empty list.
// expect-error: 4:13: scalar initializer cannot be empty
int main(void) {
    int x = {};
    return x;
}
