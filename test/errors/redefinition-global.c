// A global defined twice with initializers (tentative definitions are fine).
// expect-error: 5:5: redefinition of 'limit'
int limit;
int limit = 10;
int limit = 20;
int main(void) { return limit; }
