// Valid: void * converts to and from any object pointer without a cast.
#include <stdlib.h>
#include <string.h>
struct node { int value; struct node *next; };
int main(void) {
    struct node *n = malloc(sizeof *n);
    void *v = n;
    int *ip = malloc(4 * sizeof(int));
    char *cp = v;
    memset(cp, 0, sizeof *n);
    n = v;
    n->value = 7;
    if (v == n && ip != v) ip[0] = n->value;
    free(ip);
    free(n);
    return 0;
}
