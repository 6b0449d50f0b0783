#include <stdio.h>
#include "guard.h"
#include "guard.h"   /* second inclusion is a no-op thanks to the guard */

int main(void) {
    struct guarded g = {GUARD_VALUE, 1};
    printf("%d %d %d\n", g.a, g.b, guarded_twice(21));
    return 0;
}
