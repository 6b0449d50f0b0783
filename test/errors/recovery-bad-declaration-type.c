// An unknown type name in a declaration: the variable is still usable afterwards.
// expect-error: 4:5: unknown type name 'counter'
int main(void) {
    counter c = 0;
    c = c + 1;
    return c;
}
