// A type name that was never declared.
// expect-error: 4:5: unknown type name 'counter_t'
int main(void) {
    counter_t n = 0;
    return n;
}
