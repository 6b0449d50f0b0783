#include <stdio.h>
#include <string.h>

struct Stack { int items[8]; int top; };

void push(struct Stack *s, int v) { s->items[s->top++] = v; }
int pop(struct Stack *s) { return s->items[--s->top]; }

struct Matrix { int m[2][2]; };
struct Matrix mmul(struct Matrix a, struct Matrix b) {
    struct Matrix r;
    int i, j;
    for (i = 0; i < 2; i++) for (j = 0; j < 2; j++) r.m[i][j] = a.m[i][0] * b.m[0][j] + a.m[i][1] * b.m[1][j];
    return r;
}

int main(void) {
    struct Stack s = {{0}, 0};
    push(&s, 1); push(&s, 2); push(&s, 3);
    printf("%d ", pop(&s));
    printf("%d ", pop(&s));
    push(&s, 9);
    int last = pop(&s);
    printf("%d %d\n", last, s.top);
    struct Matrix f = {{{1, 1}, {1, 0}}}, r = {{{1, 0}, {0, 1}}};
    int i;
    for (i = 0; i < 30; i++) r = mmul(r, f);
    printf("%d %d\n", r.m[0][1], r.m[0][0]);
    struct { char tag[4]; int vals[3]; } rec;
    memcpy(rec.tag, "ABC", 4);
    rec.vals[0] = 1; rec.vals[1] = 2; rec.vals[2] = 3;
    printf("%s %d\n", rec.tag, rec.vals[0] + rec.vals[1] + rec.vals[2]);
    return 0;
}
