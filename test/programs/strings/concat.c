#include <stdio.h>

#define NAME "minic"
#define VERSION "1.0"

int main(void) {
    printf("hello, " "world" "!\n");
    printf(NAME " version " VERSION "\n");
    const char *long_one =
        "line one\n"
        "line two\n"
        "line three\n";
    printf("%s", long_one);
    printf("%d\n", (int)sizeof("ab" "cd" "ef"));
    printf("\x41" "B" "\x43\n");
    printf("%s\n", "" "" "x" "");
    return 0;
}
