// An undeclared name inside bigger expressions gives one error, not one per operator.
// expect-error: 6:13: use of undeclared identifier 'total'
struct pair { int a; int b; };
int g(int *p);
int main(void) {
    int x = total * 2 + 1;
    int *p = &total;
    struct pair s;
    s.a = -total;
    x = g(total) + s.b;
    if (total) x++;
    return x + *p;
}
