// continue outside any loop.
// expect-error: 5:5: 'continue' statement not in loop statement
int main(void) {
    int x = 1;
    continue;
    return x;
}
