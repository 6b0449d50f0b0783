// Valid: adding const is always allowed, and reading through const pointers is fine.
#include <string.h>
int sum(const int *a, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}
int main(void) {
    int v[3] = {1, 2, 3};
    const int *p = v;
    const char *s = "abc";
    char buf[4];
    strcpy(buf, s);
    return sum(v, 3) + sum(p, 3) + (int)strlen(buf);
}
