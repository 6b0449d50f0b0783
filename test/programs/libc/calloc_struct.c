#include <stdio.h>
#include <stdlib.h>

struct Rec { int id; char name[12]; long long score; struct Rec *next; };

int main(void) {
    struct Rec *r = calloc(5, sizeof *r);
    int i, zero = 1;
    for (i = 0; i < 5; i++)
        if (r[i].id || r[i].name[0] || r[i].score || r[i].next) zero = 0;
    printf("%d\n", zero);
    for (i = 0; i < 5; i++) {
        r[i].id = i;
        sprintf(r[i].name, "rec%d", i);
        r[i].score = (long long)i * 1000000000LL;
        r[i].next = i < 4 ? &r[i + 1] : NULL;
    }
    struct Rec *p;
    for (p = r; p; p = p->next) printf("%d %s %lld\n", p->id, p->name, p->score);
    free(r);
    return 0;
}
