/* gets (C99 7.19.7.7): the newline is dropped, an empty line is "", the last line may lack
   its newline, and NULL comes only at end of input with nothing read. MB_CUR_MAX is 1 in
   the C locale. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char line[128];
    int n = 0;
    while (gets(line) != NULL) {
        n++;
        printf("%d: [%s] %u\n", n, line, (unsigned)strlen(line));
    }
    printf("%d lines, MB_CUR_MAX %d\n", n, (int)MB_CUR_MAX);
    return n;
}
