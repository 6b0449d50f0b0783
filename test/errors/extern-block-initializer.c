// An extern declaration in a block cannot have an initializer.
// expect-error: 5:25: declaration of block scope identifier with linkage cannot have an initializer
int shared;
int main(void) {
    extern int shared = 3;
    return shared;
}
