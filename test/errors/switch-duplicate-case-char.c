// 'A' and 65 are the same case value; so are 1 + 1 and 2.
// expect-error: 8:10: duplicate case value '65'
// expect-error: 10:10: duplicate case value '2'
int main(void) {
    char c = 'A';
    switch (c) {
    case 'A': return 1;
    case 65: return 2;
    case 1 + 1: return 3;
    case 2: return 4;
    }
    return 0;
}
