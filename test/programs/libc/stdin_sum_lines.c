#include <stdio.h>
#include <stdlib.h>

int main(void) {
    char line[128];
    long total = 0;
    int n = 0;
    while (fgets(line, sizeof line, stdin)) {
        char *p = line, *end;
        long row = 0;
        for (;;) {
            long v = strtol(p, &end, 10);
            if (end == p) break;
            row += v;
            p = end;
        }
        printf("row %d: %ld\n", ++n, row);
        total += row;
    }
    printf("total %ld\n", total);
    return (int)(total % 256);
}
