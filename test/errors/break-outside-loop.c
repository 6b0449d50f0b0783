// break outside any loop or switch.
// expect-error: 5:12: 'break' statement not in loop or switch statement
int main(void) {
    int x = 1;
    if (x) break;
    return x;
}
