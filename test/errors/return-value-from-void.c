// A void function cannot return a value.
// expect-error: 5:12: void function 'set' should not return a value
void set(int *p) {
    *p = 1;
    return *p;
}
int main(void) { int x; set(&x); return x; }
