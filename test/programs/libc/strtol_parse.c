#include <stdio.h>
#include <stdlib.h>

/* parse a comma separated list of integers with strtol and endptr */
int main(void) {
    const char *input = "12, -7,0x1f , 010,  99x, 5";
    const char *p = input;
    char *end;
    int count = 0;
    while (*p) {
        long v = strtol(p, &end, 0);
        if (end == p) { printf("stop at [%s]\n", p); break; }
        printf("value %ld\n", v);
        count++;
        p = end;
        while (*p == ' ') p++;
        if (*p == ',') p++;
        else if (*p) { printf("junk [%s]\n", p); break; }
    }
    printf("%d values\n", count);
    return 0;
}
