// Two variables with the same name in one block.
// expect-error: 5:9: redefinition of 'count'
int main(void) {
    int count = 0;
    int count = 1;
    return count;
}
