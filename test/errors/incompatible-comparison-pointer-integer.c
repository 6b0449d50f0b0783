// Comparing a pointer with a non-zero integer needs a cast (0 is fine).
// expect-error: 8:11: comparison between pointer and integer ('int *' and 'int')
// expect-error: 9:14: comparison between pointer and integer ('int' and 'int *')
int main(void) {
    int x = 1;
    int *p = &x;
    if (p == 0) return 1;
    if (p != 5) return 2;
    return x > p;
}
