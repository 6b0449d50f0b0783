#include <stdio.h>

enum Flags { F_NONE = 0, F_READ = 1 << 0, F_WRITE = 1 << 1, F_EXEC = 1 << 2, F_ALL = F_READ | F_WRITE | F_EXEC };
enum Err { E_OK = 0, E_FAIL = -1, E_NOMEM = -12, E_NEXT };

void show(int f) {
    printf("%c%c%c\n", f & F_READ ? 'r' : '-', f & F_WRITE ? 'w' : '-', f & F_EXEC ? 'x' : '-');
}

int main(void) {
    show(F_NONE);
    show(F_READ | F_EXEC);
    show(F_ALL);
    show(F_ALL & ~F_WRITE);
    printf("%d %d %d %d\n", E_OK, E_FAIL, E_NOMEM, E_NEXT);
    enum Err e = E_NOMEM;
    printf("%d\n", e < 0);
    return 0;
}
