// Bit-fields are not supported yet.
// expect-error: 5:22: bit-fields are not supported yet
// expect-error: 6:21: bit-fields are not supported yet
struct flags {
    unsigned ready : 1;
    unsigned mode : 3;
    int plain;
};
int main(void) { return 0; }
