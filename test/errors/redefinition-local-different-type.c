// A local redeclared with another type: one error, and its later uses stay quiet.
// expect-error: 5:11: redefinition of 'total' with a different type: 'char *' vs 'int'
int main(void) {
    int total = 0;
    char *total = "none";
    total = "some";
    total = total + 1;
    return 0;
}
