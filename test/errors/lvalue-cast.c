// A cast gives a value, not an object.
// expect-error: 5:13: expression is not assignable
int main(void) {
    int x = 1;
    (char)x = 2;
    return x;
}
