#include <stdio.h>
#include "include_local_header.h"

int main(void) {
    Frac a = frac(6, 8), b = frac(10, 4);
    Frac s = frac(a.num * b.den + b.num * a.den, a.den * b.den);
    printf(FRAC_FMT " + " FRAC_FMT " = " FRAC_FMT "\n", FRAC_ARGS(a), FRAC_ARGS(b), FRAC_ARGS(s));
    return 0;
}
