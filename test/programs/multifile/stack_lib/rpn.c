#include <ctype.h>
#include "stack.h"
#include "rpn.h"

int rpn_eval(const char *expr, int *ok) {
    Stack *s = stack_new();
    int result = 0;
    *ok = 1;
    for (; *expr; expr++) {
        if (isdigit((unsigned char)*expr)) {
            int v = 0;
            while (isdigit((unsigned char)*expr)) v = v * 10 + (*expr++ - '0');
            expr--;
            stack_push(s, v);
        } else if (*expr == '+' || *expr == '-' || *expr == '*' || *expr == '/') {
            if (stack_size(s) < 2) { *ok = 0; break; }
            int b = stack_pop(s), a = stack_pop(s);
            switch (*expr) {
            case '+': stack_push(s, a + b); break;
            case '-': stack_push(s, a - b); break;
            case '*': stack_push(s, a * b); break;
            case '/': if (b == 0) { *ok = 0; } else stack_push(s, a / b); break;
            }
            if (!*ok) break;
        }
    }
    if (*ok && stack_size(s) == 1) result = stack_pop(s);
    else *ok = 0;
    stack_free(s);
    return result;
}
