#include <stdio.h>
#include <ctype.h>
#include <string.h>

#define MAXW 200

struct W { char text[24]; int count; };

int main(void) {
    struct W words[MAXW];
    int nwords = 0, c, lines = 0, chars = 0, total = 0;
    char buf[24];
    int len = 0;
    while ((c = getchar()) != EOF) {
        chars++;
        if (c == '\n') lines++;
        if (isalpha(c) || c == '\'') {
            if (len < 23) buf[len++] = (char)tolower(c);
        } else if (len) {
            int i;
            buf[len] = 0;
            len = 0;
            total++;
            for (i = 0; i < nwords; i++) if (strcmp(words[i].text, buf) == 0) break;
            if (i < nwords) words[i].count++;
            else if (nwords < MAXW) { strcpy(words[nwords].text, buf); words[nwords++].count = 1; }
        }
    }
    /* sort by count desc, then alphabetically */
    int i, j;
    for (i = 1; i < nwords; i++) {
        struct W key = words[i];
        for (j = i - 1; j >= 0 && (words[j].count < key.count ||
             (words[j].count == key.count && strcmp(words[j].text, key.text) > 0)); j--)
            words[j + 1] = words[j];
        words[j + 1] = key;
    }
    printf("%d lines, %d words, %d chars, %d distinct\n", lines, total, chars, nwords);
    for (i = 0; i < nwords && i < 10; i++) printf("%3d %s\n", words[i].count, words[i].text);
    return 0;
}
