// Valid C89, warned in C99: a call to a function declared nowhere (it is defined later).
// expect-warning: 4:12: implicit declaration of function 'twice' is invalid in C99
int main(void) {
    return twice(21);
}
int twice(int x) { return 2 * x; }
