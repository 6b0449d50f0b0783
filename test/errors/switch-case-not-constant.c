// A case label must be an integer constant expression.
// expect-error: 6:10: case value is not an integer constant expression
int main(void) {
    int x = 1, y = 1;
    switch (x) {
    case y: return 1;
    case 2: return 2;
    }
    return 0;
}
