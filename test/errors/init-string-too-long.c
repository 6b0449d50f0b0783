// A string longer than its array (only the terminating NUL may be dropped).
// expect-error: 5:19: initializer-string for char array is too long (4 characters for 3 elements)
int main(void) {
    char ok[3] = "abc";
    char bad[3] = "abcd";
    return ok[0] + bad[0];
}
