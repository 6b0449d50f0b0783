#include <stdio.h>
#include <stdlib.h>

struct Node { int value; struct Node *next; };

struct Node *push(struct Node *head, int v) {
    struct Node *n = malloc(sizeof *n);
    n->value = v;
    n->next = head;
    return n;
}

void print(const struct Node *n) {
    for (; n; n = n->next) printf("%d ", n->value);
    printf("\n");
}

void free_all(struct Node *n) {
    while (n) { struct Node *next = n->next; free(n); n = next; }
}

int main(void) {
    struct Node *list = NULL;
    int i;
    for (i = 1; i <= 5; i++) list = push(list, i * i);
    print(list);
    /* remove even values */
    struct Node **pp = &list;
    while (*pp) {
        if ((*pp)->value % 2 == 0) { struct Node *dead = *pp; *pp = dead->next; free(dead); }
        else pp = &(*pp)->next;
    }
    print(list);
    free_all(list);
    return 0;
}
