#ifndef STACK_H
#define STACK_H

typedef struct Stack Stack;

Stack *stack_new(void);
void stack_free(Stack *s);
void stack_push(Stack *s, int v);
int stack_pop(Stack *s);
int stack_size(const Stack *s);
int stack_empty(const Stack *s);

#endif
