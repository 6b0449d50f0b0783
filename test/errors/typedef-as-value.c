// A type name used as a value.
// expect-error: 5:13: unexpected type name 'length': expected expression
typedef int length;
int main(void) {
    int x = length;
    return x;
}
