#ifndef SHAPE_H
#define SHAPE_H

enum ShapeKind { CIRCLE_APPROX, RECT, TRIANGLE };

struct Shape {
    enum ShapeKind kind;
    int a, b;
};

extern int shapes_created;
extern struct Shape registry[8];
extern int registry_count;

struct Shape make_rect(int w, int h);
struct Shape make_triangle(int base, int height);
struct Shape make_circle(int r);
int area(const struct Shape *s);
const char *kind_name(enum ShapeKind k);
void register_shape(struct Shape s);

#endif
