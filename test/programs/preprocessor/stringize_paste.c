#include <stdio.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define VERSION 42
#define SHOW(expr) printf(#expr " = %d\n", (expr))
#define FIELD(n) int field_##n
#define MAKE_GETTER(name) int get_##name(void) { return name; }

int value = 7;
MAKE_GETTER(value)

struct S { FIELD(a); FIELD(b); };

int main(void) {
    printf("%s\n", STR(hello world));
    printf("%s\n", STR(VERSION));
    printf("%s\n", XSTR(VERSION));
    printf("%s\n", STR("quoted" and 'c'));
    printf("%s\n", STR(  spaced   out  ));
    int xy = 99;
    printf("%d\n", CAT(x, y));
    printf("%d\n", CAT(12, 34));
    SHOW(3 * 4 + 1);
    SHOW(value);
    struct S s = {1, 2};
    printf("%d %d\n", s.field_a, s.field_b);
    printf("%d\n", get_value());
    int v42 = 4242;
    printf("%d\n", XCAT(v, VERSION));
    printf("%s\n", STR('a'));
    return 0;
}
