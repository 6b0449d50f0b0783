// A void function has no value to use.
// expect-error: 6:13: initializing 'int' with an expression of incompatible type 'void'
// expect-error: 7:19: invalid operands to binary expression ('void' and 'int')
void log_it(int v) { (void)v; }
int main(void) {
    int r = log_it(1);
    r = log_it(2) + 1;
    return r;
}
