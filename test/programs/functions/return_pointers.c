#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *repeat(const char *s, int n) {
    size_t len = strlen(s);
    char *r = malloc(len * n + 1);
    int i;
    for (i = 0; i < n; i++) memcpy(r + i * len, s, len);
    r[len * n] = 0;
    return r;
}

static int table[10];
int *lookup(int i) { return i >= 0 && i < 10 ? &table[i] : NULL; }

const char *greeting(int formal) { return formal ? "Good day" : "hi"; }

int main(void) {
    char *s = repeat("ab", 4);
    printf("%s\n", s);
    free(s);
    *lookup(3) = 33;
    printf("%d %d\n", table[3], lookup(11) == NULL);
    printf("%s / %s\n", greeting(1), greeting(0));
    return 0;
}
