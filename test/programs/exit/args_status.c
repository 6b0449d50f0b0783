#include <stdio.h>
#include <stdlib.h>

/* argc/argv with arguments from abort_status.args */
int main(int argc, char **argv) {
    int i;
    printf("argc=%d\n", argc);
    for (i = 1; i < argc; i++) printf("arg%d=%s\n", i, argv[i]);
    printf("%d\n", argv[argc] == NULL);
    return argc;
}
