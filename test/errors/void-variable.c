// void is not an object type.
// expect-error: 4:10: variable has incomplete type 'void'
int main(void) {
    void nothing;
    return 0;
}
