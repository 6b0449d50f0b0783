// Returning a pointer of the wrong type.
// expect-error: 5:12: incompatible pointer types returning 'char *' from a function with result type 'int *'
static char text[4] = "abc";
int *first(void) {
    return text;
}
int main(void) { return *first(); }
