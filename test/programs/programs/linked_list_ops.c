#include <stdio.h>
#include <stdlib.h>

typedef struct Node { int val; struct Node *next; } Node;

static Node *node(int v) { Node *n = malloc(sizeof *n); n->val = v; n->next = NULL; return n; }

void insert_sorted(Node **head, int v) {
    Node *n = node(v);
    while (*head && (*head)->val < v) head = &(*head)->next;
    n->next = *head;
    *head = n;
}

int delete_value(Node **head, int v) {
    while (*head) {
        if ((*head)->val == v) { Node *d = *head; *head = d->next; free(d); return 1; }
        head = &(*head)->next;
    }
    return 0;
}

Node *reverse(Node *h) {
    Node *prev = NULL;
    while (h) { Node *next = h->next; h->next = prev; prev = h; h = next; }
    return prev;
}

int length(const Node *h) { int n = 0; for (; h; h = h->next) n++; return n; }

Node *middle(Node *h) {
    Node *slow = h, *fast = h;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    return slow;
}

void print(const char *label, const Node *h) {
    printf("%s (%d):", label, length(h));
    for (; h; h = h->next) printf(" %d", h->val);
    printf("\n");
}

void free_list(Node *h) { while (h) { Node *n = h->next; free(h); h = n; } }

int main(void) {
    Node *list = NULL;
    int vals[] = {42, 7, 19, 3, 88, 19, 56, 1, 23};
    int i;
    for (i = 0; i < 9; i++) insert_sorted(&list, vals[i]);
    print("sorted", list);
    printf("middle %d\n", middle(list)->val);
    printf("delete 19: %d\n", delete_value(&list, 19));
    printf("delete 1: %d\n", delete_value(&list, 1));
    printf("delete 88: %d\n", delete_value(&list, 88));
    printf("delete 100: %d\n", delete_value(&list, 100));
    print("after", list);
    list = reverse(list);
    print("reversed", list);
    list = reverse(list);
    print("again", list);
    free_list(list);
    return 0;
}
