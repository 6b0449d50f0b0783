// A void expression cannot be an argument.
// expect-error: 8:10: passing 'void' to parameter of incompatible type 'int'
// expect-error: 9:9: argument may not have 'void' type
void nothing(void) {}
int take(int x) { return x; }
int old();
int main(void) {
    take(nothing());
    old(nothing());
    return 0;
}
