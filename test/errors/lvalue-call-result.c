// Assigning to a function's return value.
// expect-error: 5:11: expression is not assignable
int get(void) { return 1; }
int main(void) {
    get() = 2;
    return 0;
}
