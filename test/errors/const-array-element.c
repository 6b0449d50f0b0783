// The elements of a const array are const.
// expect-error: 5:14: cannot assign to a location with const-qualified type 'const int'
const int table[3] = {1, 2, 3};
int main(void) {
    table[1] = 5;
    return table[1];
}
