// A struct definition without the ';' after its '}'.
// expect-error: 3:31: expected ';' after struct
struct point { int x; int y; }
int main(void) { return 0; }
