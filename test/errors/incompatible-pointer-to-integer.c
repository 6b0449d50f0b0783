// A pointer is not an integer without a cast.
// expect-error: 7:16: incompatible pointer to integer conversion initializing 'int' with an expression of type 'int *'
// expect-error: 9:7: incompatible pointer to integer conversion assigning to 'char' from 'char *'
int main(void) {
    int x = 5;
    int *p = &x;
    int addr = p;
    char c;
    c = "hello";
    return addr + c;
}
