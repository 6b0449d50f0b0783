// A const pointer cannot be changed, but what it points to can.
// expect-error: 7:7: cannot assign to variable 'p' with const-qualified type 'int * const'
int main(void) {
    int x = 1, y = 2;
    int *const p = &x;
    *p = 5;
    p = &y;
    return x;
}
