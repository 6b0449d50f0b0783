// A '(' that is never closed.
// expect-error: 4:19: expected ')'
int main(void) {
    int x = (1 + 2;
    return x;
}
