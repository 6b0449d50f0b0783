// A do statement without 'while'.
// expect-error: 5:17: expected 'while' in do/while loop
int main(void) {
    int i = 0;
    do { i++; } (i < 3);
    return i;
}
