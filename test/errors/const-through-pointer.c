// A pointer to const cannot be used to modify the object.
// expect-error: 7:8: cannot assign to a location with const-qualified type 'const int'
// expect-error: 8:10: cannot assign to a location with const-qualified type 'const int'
int main(void) {
    int x = 1;
    const int *p = &x;
    *p = 2;
    p[0] = 3;
    return x;
}
