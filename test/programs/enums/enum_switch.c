#include <stdio.h>

enum Op { ADD = '+', SUB = '-', MUL = '*', DIV = '/' };

int apply(enum Op op, int a, int b) {
    switch (op) {
    case ADD: return a + b;
    case SUB: return a - b;
    case MUL: return a * b;
    case DIV: return b ? a / b : 0;
    }
    return -1;
}

int main(void) {
    const char *ops = "+-*/%";
    int i;
    for (i = 0; ops[i]; i++) printf("%c %d\n", ops[i], apply((enum Op)ops[i], 17, 5));
    printf("%d\n", MUL);
    return 0;
}
