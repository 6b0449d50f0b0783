// The file ends inside a function body.
// expect-error: 5:14: expected '}'
int main(void) {
    int x = 1;
    return x;
