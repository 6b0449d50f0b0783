// A string literal missing its closing quote.
// expect-error: 4:15: missing terminating " character
int main(void) {
    char *s = "abc;
    return 0;
}
