// An 'else' with no 'if' before it.
// expect-error: 5:5: expected expression
int main(void) {
    int x = 1;
    else x = 2;
    return x;
}
