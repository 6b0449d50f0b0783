// The same case value twice.
// expect-error: 8:10: duplicate case value '1'
int main(void) {
    int x = 2;
    switch (x) {
    case 1: return 10;
    case 2: return 20;
    case 1: return 30;
    }
    return 0;
}
