#include <stdio.h>
#include <stddef.h>

struct node { int v; struct node *next; };

int length(struct node *n) { int c = 0; while (n) { c++; n = n->next; } return c; }
const char *find(const char *s, char c) { for (; *s; s++) if (*s == c) return s; return NULL; }

int main(void) {
    int *p = NULL;
    printf("%d\n", p == NULL);
    printf("%d\n", p == 0);
    printf("%d\n", !p);
    if (p) printf("non-null\n"); else printf("null\n");
    int x = 3;
    p = &x;
    printf("%d\n", p != NULL);
    struct node c = {3, NULL}, b = {2, &c}, a = {1, &b};
    printf("%d %d\n", length(&a), length(NULL));
    const char *r = find("hello", 'l');
    printf("%s\n", r ? r : "(none)");
    r = find("hello", 'z');
    printf("%s\n", r ? r : "(none)");
    void *v = 0;
    char *cp = v;
    printf("%d\n", cp == NULL);
    printf("%d\n", (int)sizeof(NULL) == (int)sizeof(void *));
    return 0;
}
