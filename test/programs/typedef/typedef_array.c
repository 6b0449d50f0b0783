#include <stdio.h>

typedef int Vec3[3];
typedef char Name[8];
typedef Vec3 Mat3[3];

int sum(Vec3 v) { return v[0] + v[1] + v[2]; }

int main(void) {
    Vec3 v = {1, 2, 3};
    Mat3 m = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}};
    Name n = "bob";
    printf("%d %d %d\n", sum(v), (int)sizeof(Vec3), (int)sizeof(Mat3));
    printf("%d %d\n", sum(m[1]), m[2][2]);
    printf("%s %d\n", n, (int)sizeof n);
    Vec3 *pv = &v;
    printf("%d\n", (*pv)[2]);
    return 0;
}
