// case and default outside any switch.
// expect-error: 6:1: 'case' statement not in switch statement
// expect-error: 8:1: 'default' statement not in switch statement
int main(void) {
    int x = 1;
case 1:
    x++;
default:
    return x;
}
