// A non-void function's return needs a value.
// expect-error: 4:12: non-void function 'get' should return a value
int get(int x) {
    if (x) return;
    return 1;
}
int main(void) { return get(0); }
