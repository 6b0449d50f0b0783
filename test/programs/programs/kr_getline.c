#include <stdio.h>

#define MAXLINE 40

/* K&R 1.9: print the longest input line */
int get_line(char s[], int lim) {
    int c = 0, i;
    for (i = 0; i < lim - 1 && (c = getchar()) != EOF && c != '\n'; ++i) s[i] = (char)c;
    if (c == '\n') { s[i] = (char)c; ++i; }
    s[i] = '\0';
    return i;
}

void copy(char to[], char from[]) { int i = 0; while ((to[i] = from[i]) != '\0') ++i; }

int main(void) {
    int len, max = 0, lineno = 0;
    char line[MAXLINE], longest[MAXLINE];
    while ((len = get_line(line, MAXLINE)) > 0) {
        ++lineno;
        printf("%2d %2d %s", lineno, len, line);
        if (line[len - 1] != '\n') printf("\\\n");
        if (len > max) { max = len; copy(longest, line); }
    }
    if (max > 0) printf("longest (%d): %s", max, longest);
    return 0;
}
