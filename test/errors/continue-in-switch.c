// A switch is not a loop: continue needs an enclosing loop (break is fine).
// expect-error: 7:13: 'continue' statement not in loop statement
int main(void) {
    int x = 1;
    switch (x) {
    case 1: break;
    case 2: continue;
    }
    return x;
}
