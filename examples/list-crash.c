/* list-crash.c: a crash to inspect after the fact.
 *
 *     minic run examples/list-crash.c --core-on-fault
 *     minic dump list-crash.core stack
 *     minic dump list-crash.core heap
 *
 * sum() looks for the value -1 that should end the list, but the list has no -1: after
 * the last node it follows a NULL next pointer and reads address 0. The core shows the
 * frames with their arguments and locals (n is NULL, total is 6), the three nodes on the
 * heap, and how first fit put the last node into the hole that free(scratch) left.
 */
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

int calls;
struct node *head;

struct node *push(struct node *list, int value) {
    struct node *n = malloc(sizeof *n);
    n->value = value;
    n->next = list;
    return n;
}

int sum(struct node *n) {
    int total = 0;
    calls++;
    while (n->value != -1) { /* bug: no check for the end of the list */
        total += n->value;
        n = n->next;
    }
    return total;
}

int main(void) {
    char *scratch = malloc(100);
    head = push(head, 3);
    head = push(head, 2);
    free(scratch);
    head = push(head, 1);
    return sum(head);
}
