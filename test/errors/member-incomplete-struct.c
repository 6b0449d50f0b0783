// Members of a struct that is declared but never defined.
// expect-error: 5:13: incomplete definition of type 'struct secret'
struct secret;
int peek(struct secret *s) {
    return s->value;
}
int main(void) { return 0; }
