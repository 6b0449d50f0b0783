// A const parameter is read-only inside the function.
// expect-error: 4:7: cannot assign to variable 'n' with const-qualified type 'const int'
int f(const int n) {
    n = n + 1;
    return n;
}
int main(void) { return f(1); }
