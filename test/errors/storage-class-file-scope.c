// auto and register are for local variables only.
// expect-error: 4:1: illegal storage class on file-scoped variable
// expect-error: 5:1: illegal storage class on file-scoped variable
auto int counter;
register int fast;
int main(void) { return 0; }
