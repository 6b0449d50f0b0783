// A pointer to pointer is not a pointer, and char ** does not convert to const char **.
// expect-error: 8:14: incompatible pointer types initializing 'int *' with an expression of type 'int **'
// expect-error: 10:23: incompatible pointer types initializing 'const char **' with an expression of type 'char **'
int main(void) {
    int x = 1;
    int *p = &x;
    int **pp = &p;
    int *q = pp;
    char *words[2] = {"a", "b"};
    const char **cw = words;
    return *q + (cw != 0);
}
