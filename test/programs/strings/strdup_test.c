#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *strdup(const char *);

int main(void) {
    const char *orig = "duplicate me";
    char *d = strdup(orig);
    printf("%s %d %d\n", d, (int)strlen(d), d != orig);
    d[0] = 'D';
    printf("%s %s\n", orig, d);
    char *e = strdup("");
    printf("[%s] %d\n", e, (int)strlen(e));
    free(d);
    free(e);
    return 0;
}
