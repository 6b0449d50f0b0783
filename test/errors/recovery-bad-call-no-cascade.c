// Calling a non-function: its result is not reported again where it is used.
// expect-error: 6:14: called object type 'int' is not a function or function pointer
// expect-error: 7:17: called object type 'int' is not a function or function pointer
int main(void) {
    int f = 1;
    int *p = f(2);
    return *p + f(3) * 2;
}
