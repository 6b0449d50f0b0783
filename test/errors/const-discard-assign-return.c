// Assigning and returning a pointer to const as a plain pointer.
// expect-error: 6:12: returning 'const int *' from a function with result type 'int *' discards qualifiers
// expect-error: 10:7: assigning to 'int *' from 'const int *' discards qualifiers
const int limit = 3;
int *get(void) {
    return &limit;
}
int main(void) {
    int *p;
    p = &limit;
    return *p + *get();
}
