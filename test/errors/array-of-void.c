// Arrays of void and of functions do not exist.
// expect-error: 3:6: array has incomplete element type 'void'
void bad[3];
int main(void) { return 0; }
