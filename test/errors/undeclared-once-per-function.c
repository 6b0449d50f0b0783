// Each undeclared name is reported once per function, like gcc; again in the next function.
// expect-error: 5:5: use of undeclared identifier 'count'
// expect-error: 10:12: use of undeclared identifier 'count'
int f(void) {
    count = 1;
    count = count + 1;
    return count;
}
int main(void) {
    return count;
}
