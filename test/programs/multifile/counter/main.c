#include <stdio.h>
#include "counter.h"

int main(void) {
    int i;
    for (i = 1; i <= 4; i++) counter_add(i);
    printf("%s: %d %d\n", counter_name, counter_total, counter_get());
    counter_total = 100;              /* the same object as in counter.c */
    counter_add(1);
    printf("%d %d\n", counter_total, counter_get());
    return 0;
}
