// Both arms of ?: must have compatible types.
// expect-error: 8:15: incompatible operand types ('struct s' and 'int')
// expect-error: 10:17: pointer type mismatch ('int *' and 'char *')
struct s { int v; };
int main(void) {
    struct s a = {1};
    int c = 1;
    int x = c ? a : 0;
    int y = 1;
    char *p = c ? &y : "no";
    return x + y + (p != 0);
}
