#include <stdio.h>

int main(void) {
    const char *lines[] = {"move 10 -20", "name Bob 42", "hex 0x1f 077", "bad line", "pair 3,4", ""};
    int i;
    for (i = 0; i < 6; i++) {
        char cmd[16], word[16];
        int a = 0, b = 0;
        int r = sscanf(lines[i], "%15s", cmd);
        if (r != 1) { printf("%d: empty (%d)\n", i, r); continue; }
        if (sscanf(lines[i], "move %d %d", &a, &b) == 2) printf("%d: move %d %d\n", i, a, b);
        else if (sscanf(lines[i], "name %15s %d", word, &a) == 2) printf("%d: name %s %d\n", i, word, a);
        else if (sscanf(lines[i], "hex %i %i", &a, &b) == 2) printf("%d: hex %d %d\n", i, a, b);
        else if (sscanf(lines[i], "pair %d,%d", &a, &b) == 2) printf("%d: pair %d %d\n", i, a, b);
        else printf("%d: unknown %s\n", i, cmd);
    }
    int n = 0, x = 0;
    int r = sscanf("123abc", "%d%n", &x, &n);
    printf("%d %d %d\n", r, x, n);
    char c1, c2;
    r = sscanf("a b", "%c%c", &c1, &c2);
    printf("%d [%c][%c]\n", r, c1, c2);
    return 0;
}
