// A function declared inside a block cannot be static.
// expect-error: 4:5: function declared in block scope cannot have 'static' storage class
int main(void) {
    static int helper(void);
    return 0;
}
