#include <stdio.h>

int *largest(int *a, int n) {
    int *best = a, i;
    for (i = 1; i < n; i++) if (a[i] > *best) best = &a[i];
    return best;
}

static int storage[4];
int *slot(int i) { return &storage[i]; }

char *skip_spaces(char *s) { while (*s == ' ') s++; return s; }

int main(void) {
    int a[6] = {3, 9, 2, 9, 7, 1};
    int *m = largest(a, 6);
    printf("%d %d\n", *m, (int)(m - a));
    *m = 0;
    m = largest(a, 6);
    printf("%d %d\n", *m, (int)(m - a));
    *slot(2) = 5;
    *slot(3) = *slot(2) * 2;
    printf("%d %d %d %d\n", storage[0], storage[1], storage[2], storage[3]);
    char text[] = "    indented";
    printf("[%s]\n", skip_spaces(text));
    return 0;
}
