#include <stdio.h>
#include <string.h>

const char *const keywords[] = {"auto", "break", "case", "char", "const", "continue", "default", "do"};
const int nkw = sizeof keywords / sizeof keywords[0];
char matrix[3][4] = {"abc", "de", "f"};

int is_keyword(const char *w) {
    int i;
    for (i = 0; i < nkw; i++) if (strcmp(w, keywords[i]) == 0) return 1;
    return 0;
}

int main(void) {
    const char *tests[] = {"case", "cases", "do", "", "auto"};
    int i;
    for (i = 0; i < 5; i++) printf("%s:%d ", tests[i], is_keyword(tests[i]));
    printf("\n%d\n", nkw);
    for (i = 0; i < 3; i++) printf("%s|", matrix[i]);
    printf("\n%d\n", matrix[1][3]);
    return 0;
}
