// . and -> need a struct or union.
// expect-error: 7:6: member reference base type 'int' is not a structure or union
// expect-error: 8:6: member reference base type 'int' is not a structure or union
int main(void) {
    int x = 1;
    int *p = &x;
    x.field = 1;
    p->field = 2;
    return x;
}
