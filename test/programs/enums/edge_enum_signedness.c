#include <stdio.h>
enum Pos { A = 1, B = 2 };
enum Neg { N = -1, M = 1 };
int main(void) {
    enum Pos e = A; enum Neg n = M;
    printf("%d\n", e - 2 < 0);
    printf("%d\n", n - 2 < 0);
    printf("%d\n", A - 2 < 0);
    printf("%d\n", (e - 2) / 2 > 0);
    e = (enum Pos)-1; printf("%d %u\n", e > 0, (unsigned)e);
    long long x = e; printf("%lld\n", x);
    printf("%d\n", -e > 0);
    return 0;
}
