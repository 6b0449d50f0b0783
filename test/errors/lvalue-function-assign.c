// A function is not an object and cannot be assigned.
// expect-error: 5:7: non-object type 'int (void)' is not assignable
int f(void) { return 1; }
int main(void) {
    f = 0;
    return 0;
}
