// A declarator that starts with a digit.
// expect-error: 4:9: expected identifier or '('
int main(void) {
    int 3x = 1;
    return 0;
}
