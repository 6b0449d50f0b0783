// Initializing a plain pointer from a pointer to const drops the const.
// expect-error: 5:15: initializing 'char *' with an expression of type 'const char *' discards qualifiers
int main(void) {
    const char *msg = "hello";
    char *p = msg;
    return p[0];
}
