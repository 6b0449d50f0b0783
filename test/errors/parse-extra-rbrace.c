// One '}' too many at file scope.
// expect-error: 6:1: extraneous closing brace ('}')
int main(void) {
    return 0;
}
}
