#include <stdio.h>
#include "rpn.h"

int main(void) {
    const char *exprs[] = {"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * 5 6 * + *", "1 +", "4 0 /", "10 2 8 * + 3 -", "1 2"};
    int i, failures = 0;
    for (i = 0; i < 7; i++) {
        int ok;
        int v = rpn_eval(exprs[i], &ok);
        if (ok) printf("%s = %d\n", exprs[i], v);
        else { printf("%s = error\n", exprs[i]); failures++; }
    }
    return failures;
}
