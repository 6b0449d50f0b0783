// Assigning to a constant.
// expect-error: 5:7: expression is not assignable
int main(void) {
    int x = 0;
    5 = x;
    return x;
}
