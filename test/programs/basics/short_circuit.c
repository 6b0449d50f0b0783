#include <stdio.h>

int trace[32];
int n;

int t(int id, int v) { trace[n++] = id; return v; }

void dump(const char *label, int r) {
    int i;
    printf("%s = %d [", label, r);
    for (i = 0; i < n; i++) printf(" %d", trace[i]);
    printf(" ]\n");
    n = 0;
}

int main(void) {
    int r;
    r = t(1, 0) && t(2, 1); dump("0&&1", r);
    r = t(1, 1) && t(2, 1); dump("1&&1", r);
    r = t(1, 1) || t(2, 0); dump("1||0", r);
    r = t(1, 0) || t(2, 0); dump("0||0", r);
    r = t(1, 1) && t(2, 0) || t(3, 5); dump("1&&0||5", r);
    r = t(1, 0) || t(2, 7) && t(3, 0); dump("0||7&&0", r);
    r = t(1, 3) && t(2, 4) && t(3, 5); dump("3&&4&&5", r);
    int x = 0;
    int *p = 0;
    if (p != 0 && *p == 3) printf("bad\n"); else printf("guarded\n");
    if (x == 0 || 10 / x > 1) printf("no div by zero\n");
    r = (x++ || x++) && x++;
    printf("%d %d\n", r, x);
    r = 5 && -1;
    printf("%d\n", r);
    return 0;
}
