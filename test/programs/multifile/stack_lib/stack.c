#include <stdlib.h>
#include "stack.h"

struct Stack { int *items; int size, cap; };

Stack *stack_new(void) {
    Stack *s = malloc(sizeof *s);
    s->items = NULL;
    s->size = s->cap = 0;
    return s;
}

void stack_free(Stack *s) { free(s->items); free(s); }

void stack_push(Stack *s, int v) {
    if (s->size == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 4;
        s->items = realloc(s->items, s->cap * sizeof *s->items);
    }
    s->items[s->size++] = v;
}

int stack_pop(Stack *s) { return s->items[--s->size]; }
int stack_size(const Stack *s) { return s->size; }
int stack_empty(const Stack *s) { return s->size == 0; }
