// A diagnostic about a token after a backslash-newline names the line the token is on.
// expect-error: 6:13: use of undeclared identifier 'left'
// expect-error: 7:9: use of undeclared identifier 'right'
// expect-error: 9:12: use of undeclared identifier 'inner'
int main(void) {
    int x = left + \
        right;
    return x + \
           inner;
}
