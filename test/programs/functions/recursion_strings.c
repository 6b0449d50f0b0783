#include <stdio.h>
#include <string.h>

void permute(char *s, int l, int r) {
    if (l == r) { printf("%s ", s); return; }
    int i;
    for (i = l; i <= r; i++) {
        char t = s[l]; s[l] = s[i]; s[i] = t;
        permute(s, l + 1, r);
        t = s[l]; s[l] = s[i]; s[i] = t;
    }
}

void subsets(const char *s, int i, char *cur, int n) {
    if (s[i] == 0) { cur[n] = 0; printf("{%s}", cur); return; }
    subsets(s, i + 1, cur, n);
    cur[n] = s[i];
    subsets(s, i + 1, cur, n + 1);
}

int main(void) {
    char s[] = "abcd";
    permute(s, 0, (int)strlen(s) - 1);
    printf("\n");
    char buf[8];
    subsets("xyz", 0, buf, 0);
    printf("\n");
    return 0;
}
