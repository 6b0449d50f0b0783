// Comparing pointers to different types needs a cast.
// expect-error: 9:12: comparison of distinct pointer types ('int *' and 'char *')
// expect-error: 10:15: comparison of distinct pointer types ('int *' and 'char *')
int main(void) {
    int x = 1;
    char c = 'a';
    int *ip = &x;
    char *cp = &c;
    if (ip == cp) return 1;
    return ip < cp;
}
