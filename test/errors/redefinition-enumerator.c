// An enumerator name used twice.
// expect-error: 4:19: redefinition of enumerator 'RED'
enum color { RED, GREEN, BLUE };
enum light { OFF, RED };
int main(void) { return RED; }
