#include "shape.h"

int shapes_created;

static struct Shape make(enum ShapeKind k, int a, int b) {
    struct Shape s;
    s.kind = k; s.a = a; s.b = b;
    shapes_created++;
    return s;
}

struct Shape make_rect(int w, int h) { return make(RECT, w, h); }
struct Shape make_triangle(int base, int height) { return make(TRIANGLE, base, height); }
struct Shape make_circle(int r) { return make(CIRCLE_APPROX, r, 0); }
