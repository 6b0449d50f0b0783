#include <stdio.h>

#define EMPTY_ARG(x) [x]
#define STR(x) #x
#define XSTR(x) STR(x)
#define PAREN(x) (x)
#define COMMA ,
#define APPLY(m, x) m(x)
#define ID(x) x
#define OBJ_LIKE (1)
#define FN_LIKE(x) (2)

int main(void) {
    printf("%s\n", XSTR(EMPTY_ARG()));
    printf("%s\n", XSTR(EMPTY_ARG(a b)));
    printf("%d\n", APPLY(PAREN, 5));
    printf("%s\n", STR(a COMMA b));       /* # operand is not expanded */
    printf("%d\n", ID(ID(ID(7))));
    printf("%d %d\n", OBJ_LIKE, FN_LIKE(0));
    printf("%s\n", XSTR(FN_LIKE));   /* function-like macro name without ( is not expanded */
    printf("%s\n", STR(__LINE__));
    return 0;
}
