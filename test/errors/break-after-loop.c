// A break after the loop has ended.
// expect-error: 8:5: 'break' statement not in loop or switch statement
int main(void) {
    int i;
    for (i = 0; i < 3; i++) {
        if (i == 1) break;
    }
    break;
    return i;
}
