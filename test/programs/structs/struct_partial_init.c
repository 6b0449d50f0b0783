#include <stdio.h>

struct R { int a, b, c; char s[4]; long long l; };

struct R global_r = {1};

int main(void) {
    struct R r = {7, 8};
    printf("%d %d %d %d %lld\n", r.a, r.b, r.c, r.s[0], r.l);
    printf("%d %d %d %lld\n", global_r.a, global_r.b, global_r.c, global_r.l);
    struct R arr[3] = {{1, 2, 3, "ab", 4}};
    printf("%d %d %s %d %lld\n", arr[0].c, arr[1].a, arr[0].s, arr[2].s[1], arr[2].l);
    static struct R st;
    printf("%d %lld\n", st.c, st.l);
    return 0;
}
