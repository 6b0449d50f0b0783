#include <stdio.h>

static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return a * b; }
static int op_max(int a, int b) { return a > b ? a : b; }

struct Entry { const char *name; int (*fn)(int, int); };

static const struct Entry table[] = {
    {"add", op_add}, {"sub", op_sub}, {"mul", op_mul}, {"max", op_max},
};

int main(void) {
    int (*ops[4])(int, int) = {op_add, op_sub, op_mul, op_max};
    int i;
    for (i = 0; i < 4; i++) printf("%d ", ops[i](12, 5));
    printf("\n");
    for (i = 0; i < 4; i++) printf("%s=%d\n", table[i].name, table[i].fn(-3, 4));
    int acc = 1;
    const char prog[] = "0213";
    for (i = 0; prog[i]; i++) acc = ops[prog[i] - '0'](acc, i + 2);
    printf("%d\n", acc);
    return 0;
}
