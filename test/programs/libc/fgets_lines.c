#include <stdio.h>
#include <string.h>

int main(void) {
    char line[16];
    int n = 0;
    while (fgets(line, sizeof line, stdin)) {
        size_t len = strlen(line);
        int complete = len > 0 && line[len - 1] == '\n';
        if (complete) line[--len] = 0;
        printf("%d:%d:%s:[%s]\n", n++, (int)len, complete ? "full" : "part", line);
    }
    printf("eof after %d reads\n", n);
    return 0;
}
