// Valid: tentative definitions, repeated prototypes, shadowing in an inner block.
int counter;
int counter;
int counter = 3;
extern int counter;
int twice(int);
int twice(int x);
int twice(int v) { return 2 * v; }
int main(void) {
    int x = counter;
    {
        int x = twice(1);
        counter += x;
    }
    return x + counter;
}
