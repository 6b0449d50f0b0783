// Excess elements in an inner list of a two-dimensional array.
// expect-error: 4:33: excess elements in array initializer
int main(void) {
    int grid[2][3] = {{1, 2, 3, 4}, {5}};
    return grid[0][0];
}
