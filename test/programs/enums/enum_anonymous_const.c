#include <stdio.h>

enum { BUF_SIZE = 16, MAX_ITEMS = 4 };

struct Rec { char name[BUF_SIZE]; int vals[MAX_ITEMS]; };

int main(void) {
    struct Rec r;
    printf("%d\n", (int)sizeof r);
    int i;
    for (i = 0; i < MAX_ITEMS; i++) r.vals[i] = i * BUF_SIZE;
    printf("%d\n", r.vals[MAX_ITEMS - 1]);
    switch (i) {
    case MAX_ITEMS: printf("max\n"); break;
    case BUF_SIZE: printf("buf\n"); break;
    }
    return 0;
}
