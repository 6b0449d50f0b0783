// Passing a pointer to const where a plain pointer is expected.
// expect-error: 6:12: passing 'const char *' to parameter of type 'char *' discards qualifiers
void upcase(char *s) { s[0] = 'A'; }
int main(void) {
    const char *name = "bob";
    upcase(name);
    return 0;
}
