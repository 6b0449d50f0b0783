#include <stdio.h>

int stack[16];
int sp;

void push(int v) { stack[sp++] = v; }
int pop(void) { return stack[--sp]; }

int main(void) {
    int i;
    for (i = 1; i <= 5; i++) push(i * i);
    int a = pop();
    int b = pop();
    push(a + b);
    printf("%d %d\n", sp, stack[sp - 1]);
    while (sp > 0) printf("%d ", pop());
    printf("\n");
    return 0;
}
