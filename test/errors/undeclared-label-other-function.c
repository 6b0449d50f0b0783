// Labels have function scope: a label of another function is not visible.
// expect-error: 8:10: use of undeclared label 'done'
void f(void) {
done:
    return;
}
int main(void) {
    goto done;
    return 0;
}
