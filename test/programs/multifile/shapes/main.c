#include <stdio.h>
#include "shape.h"

int main(void) {
    register_shape(make_rect(3, 4));
    register_shape(make_triangle(6, 5));
    register_shape(make_circle(10));
    register_shape(make_rect(1, 1));
    int i, total = 0;
    for (i = 0; i < registry_count; i++) {
        int a = area(&registry[i]);
        printf("%-8s %d %d -> %d\n", kind_name(registry[i].kind), registry[i].a, registry[i].b, a);
        total += a;
    }
    printf("created %d, total area %d\n", shapes_created, total);
    return total % 100;
}
