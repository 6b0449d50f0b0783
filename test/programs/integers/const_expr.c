#include <stdio.h>

enum { K = 3 * 4 + 2 };
int table[K % 5 + 1];
static const int sz = sizeof(table) / sizeof(table[0]);

int main(void) {
    printf("%d %d\n", K, sz);
    int local[(1 << 3) - 1];
    printf("%d\n", (int)(sizeof local / sizeof local[0]));
    switch (7) {
    case 1 + 2 * 3: printf("seven\n"); break;
    default: printf("no\n");
    }
    printf("%d\n", (int)sizeof(char[K]));
    return 0;
}
