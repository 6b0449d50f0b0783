// Two default labels in one switch.
// expect-error: 8:5: multiple default labels in one switch
int main(void) {
    int x = 1;
    switch (x) {
    default: x = 1; break;
    case 2: x = 2; break;
    default: x = 3; break;
    }
    return x;
}
