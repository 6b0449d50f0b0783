// Forgetting the parentheses of a call, and comparing a char with a string.
// expect-error: 7:13: incompatible pointer to integer conversion initializing 'int' with an expression of type 'int (*)(void)'
// expect-error: 8:11: comparison between pointer and integer ('char' and 'char *')
int get(void) { return 1; }
int main(void) {
    char c = 'a';
    int v = get;
    if (c == "a") return 1;
    return v;
}
