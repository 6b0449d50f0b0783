// switch needs an integer, not a pointer or a struct.
// expect-error: 8:13: statement requires expression of integer type ('char *' invalid)
// expect-error: 9:13: statement requires expression of integer type ('struct s' invalid)
struct s { int v; };
int main(void) {
    char *p = "x";
    struct s a = {1};
    switch (p) { default: break; }
    switch (a) { case 1: break; }
    return 0;
}
