#include <stdio.h>

int main(void) {
    const char *text = "the quick brown fox jumps over the lazy dog";
    int counts[26] = {0};
    const char *p;
    for (p = text; *p; p++)
        if (*p >= 'a' && *p <= 'z') counts[*p - 'a']++;
    int i;
    for (i = 0; i < 26; i++)
        if (counts[i] > 1) printf("%c:%d ", 'a' + i, counts[i]);
    printf("\n");
    int max = 0;
    for (i = 0; i < 26; i++) if (counts[i] > max) max = counts[i];
    int row;
    for (row = max; row > 0; row--) {
        for (i = 0; i < 26; i++) putchar(counts[i] >= row ? '#' : ' ');
        putchar('\n');
    }
    printf("abcdefghijklmnopqrstuvwxyz\n");
    return 0;
}
