// A block comment that never ends.
// expect-error: 4:5: unterminated /* comment
int main(void) {
    /* forgot to close
    return 0;
}
