// A character constant missing its closing quote.
// expect-error: 4:14: missing terminating ' character
int main(void) {
    char c = 'a;
    return c;
}
