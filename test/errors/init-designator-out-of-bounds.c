// An array designator past the end of the array.
// expect-error: 4:27: array designator index (4) exceeds array bounds (4)
int main(void) {
    int a[4] = { [1] = 1, [4] = 2 };
    return a[1];
}
