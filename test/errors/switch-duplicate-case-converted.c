// Case values are converted to the promoted type of the condition: -1 and 0xffffffff collide.
// expect-error: 7:10: duplicate case value '4294967295'
int main(void) {
    unsigned u = 3;
    switch (u) {
    case -1: return 1;
    case 0xffffffff: return 2;
    }
    return 0;
}
