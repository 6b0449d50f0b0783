// Only arrays and pointers can be subscripted.
// expect-error: 5:12: subscripted value is not an array or pointer (it has type 'int')
int main(void) {
    int x = 5;
    return x[0];
}
