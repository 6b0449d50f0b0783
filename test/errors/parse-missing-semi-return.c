// A return statement without its ';'.
// expect-error: 4:13: expected ';' after return statement
int main(void) {
    return 0
}
