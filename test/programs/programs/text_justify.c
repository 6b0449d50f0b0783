#include <stdio.h>
#include <string.h>

#define WIDTH 28

static void emit(char words[][32], int n, int total_chars, int last) {
    int gaps = n - 1, i, j;
    if (last || gaps == 0) {
        int len = 0;
        for (i = 0; i < n; i++) { if (i) { putchar(' '); len++; } printf("%s", words[i]); len += (int)strlen(words[i]); }
        while (len++ < WIDTH) putchar('.');
    } else {
        int spaces = WIDTH - total_chars;
        for (i = 0; i < n; i++) {
            printf("%s", words[i]);
            if (i < gaps) {
                int s = spaces / gaps + (i < spaces % gaps);
                for (j = 0; j < s; j++) putchar(' ');
            }
        }
    }
    printf("|\n");
}

int main(void) {
    const char *text = "This is an example of text justification where every line is exactly twenty eight characters wide except the last.";
    char words[16][32];
    int n = 0, chars = 0;
    const char *p = text;
    while (*p) {
        char w[32];
        int len = 0;
        while (*p == ' ') p++;
        while (*p && *p != ' ') w[len++] = *p++;
        w[len] = 0;
        if (!len) break;
        if (n && chars + n + len > WIDTH) { emit(words, n, chars, 0); n = 0; chars = 0; }
        strcpy(words[n++], w);
        chars += len;
    }
    if (n) emit(words, n, chars, 1);
    return 0;
}
