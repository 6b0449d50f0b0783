// An empty character constant.
// expect-error: 4:14: empty character constant
int main(void) {
    char c = '';
    return c;
}
