// 'if' condition without its ')'.
// expect-error: 5:10: expected ')'
int main(void) {
    int x = 1;
    if (x {
        x = 2;
    }
    return x;
}
