#include <stdio.h>

typedef struct List List;
typedef List *ListPtr;
typedef ListPtr (*Maker)(int);

struct List { int v; ListPtr next; };

static List pool[4];
static int used;

ListPtr make(int v) { ListPtr p = &pool[used++]; p->v = v; p->next = NULL; return p; }

int main(void) {
    Maker mk = make;
    ListPtr head = mk(1);
    head->next = mk(2);
    head->next->next = mk(3);
    ListPtr p;
    for (p = head; p; p = p->next) printf("%d", p->v);
    printf("\n%d\n", used);
    return 0;
}
