// A literal no integer type can hold.
// expect-error: 4:30: integer literal is too large to be represented in any integer type
int main(void) {
    unsigned long long big = 99999999999999999999;
    return big != 0;
}
