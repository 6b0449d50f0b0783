#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *ptrs[200];
    int i;
    for (i = 0; i < 200; i++) {
        ptrs[i] = malloc((size_t)(i % 37) + 1);
        memset(ptrs[i], 'a' + i % 26, (size_t)(i % 37));
        ptrs[i][i % 37] = 0;
    }
    for (i = 0; i < 200; i += 2) { free(ptrs[i]); ptrs[i] = NULL; }
    for (i = 0; i < 200; i += 2) {
        ptrs[i] = malloc(64);
        sprintf(ptrs[i], "block%d", i);
    }
    long total = 0;
    for (i = 0; i < 200; i++) total += (long)strlen(ptrs[i]);
    printf("%ld\n", total);
    printf("%s %s %s\n", ptrs[0], ptrs[37], ptrs[198]);
    int distinct = 1;
    for (i = 1; i < 200; i++) if (ptrs[i] == ptrs[i - 1]) distinct = 0;
    printf("%d\n", distinct);
    for (i = 0; i < 200; i++) free(ptrs[i]);
    return 0;
}
