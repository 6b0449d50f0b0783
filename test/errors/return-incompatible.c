// The returned value must convert to the result type.
// expect-error: 6:12: returning 'struct s' from a function with incompatible result type 'int'
// expect-error: 9:12: returning 'int' from a function with incompatible result type 'struct s'
struct s { int v; };
int get(struct s a) {
    return a;
}
struct s make(void) {
    return 0;
}
int main(void) { return 0; }
