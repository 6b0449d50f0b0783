#include <stdio.h>
#include <string.h>

int sgn(int x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }

int main(void) {
    const char *pairs[][2] = {
        {"abc", "abc"}, {"abc", "abd"}, {"abd", "abc"}, {"ab", "abc"},
        {"abc", "ab"}, {"", ""}, {"", "a"}, {"A", "a"}, {"\x80", "\x7f"},
    };
    int i;
    for (i = 0; i < 9; i++)
        printf("%d %d %d\n", sgn(strcmp(pairs[i][0], pairs[i][1])),
               sgn(strncmp(pairs[i][0], pairs[i][1], 2)),
               sgn(strncmp(pairs[i][0], pairs[i][1], 0)));
    printf("%d\n", sgn(strncmp("hello", "help", 3)));
    printf("%d\n", sgn(strncmp("hello", "help", 4)));
    return 0;
}
