// Type specifiers that do not combine.
// expect-error: 5:21: invalid combination of type specifiers 'unsigned signed int'
// expect-error: 6:10: invalid combination of type specifiers 'long char'
int main(void) {
    unsigned signed int a = 0;
    long char b = 0;
    return a + b;
}
