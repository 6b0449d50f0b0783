#include <stdio.h>

typedef struct { int x, y; } Point;
typedef struct Node { int v; struct Node *next; } Node, *NodePtr;
typedef struct Pair Pair;
struct Pair { int a, b; };

Point mid(Point a, Point b) { Point m = {(a.x + b.x) / 2, (a.y + b.y) / 2}; return m; }

int main(void) {
    Point p = {0, 0}, q = {10, 20};
    Point m = mid(p, q);
    printf("%d %d\n", m.x, m.y);
    Node n2 = {2, NULL}, n1 = {1, &n2};
    NodePtr it;
    for (it = &n1; it; it = it->next) printf("%d ", it->v);
    printf("\n");
    Pair pr = {3, 4};
    printf("%d\n", pr.a * pr.b);
    return 0;
}
