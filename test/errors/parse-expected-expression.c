// A binary operator without its right operand.
// expect-error: 4:16: expected expression
int main(void) {
    int x = 3 +;
    return x;
}
