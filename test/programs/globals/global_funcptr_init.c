#include <stdio.h>

int twice(int x) { return 2 * x; }
int thrice(int x) { return 3 * x; }

int (*op)(int) = twice;
int (*ops[])(int) = {twice, thrice, twice};
struct Cmd { const char *name; int (*fn)(int); } cmds[] = {{"two", twice}, {"three", thrice}};

int main(void) {
    printf("%d\n", op(5));
    op = thrice;
    printf("%d\n", op(5));
    int i, v = 1;
    for (i = 0; i < 3; i++) v = ops[i](v);
    printf("%d\n", v);
    for (i = 0; i < 2; i++) printf("%s %d\n", cmds[i].name, cmds[i].fn(7));
    return 0;
}
