// An array name cannot be incremented (a pointer can).
// expect-error: 7:5: cannot increment value of type 'int [3]'
int main(void) {
    int a[3] = {1, 2, 3};
    int *p = a;
    p++;
    a++;
    return *p;
}
