#include <stdio.h>

enum Kind { INT, STR, PAIR };
struct Value {
    enum Kind kind;
    union {
        int i;
        const char *s;
        struct { short a, b; } pair;
    } as;
};

void show(struct Value v) {
    switch (v.kind) {
    case INT: printf("int %d\n", v.as.i); break;
    case STR: printf("str %s\n", v.as.s); break;
    case PAIR: printf("pair %d %d\n", v.as.pair.a, v.as.pair.b); break;
    }
}

int main(void) {
    struct Value vals[3];
    vals[0].kind = INT; vals[0].as.i = 42;
    vals[1].kind = STR; vals[1].as.s = "hello";
    vals[2].kind = PAIR; vals[2].as.pair.a = -3; vals[2].as.pair.b = 7;
    int i;
    for (i = 0; i < 3; i++) show(vals[i]);
    printf("%d %d\n", (int)sizeof(struct Value), (int)sizeof vals[0].as);
    return 0;
}
