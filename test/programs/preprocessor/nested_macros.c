#include <stdio.h>

#define A B + 1
#define B C * 2
#define C 5
#define F(x) G(x) + 1
#define G(x) ((x) * 10)
int SELF = 1;
#define SELF SELF + 1
#define f(x) (x + 1)
#define g f

int main(void) {
    printf("%d\n", A);            /* 5 * 2 + 1 = 11 */
    printf("%d\n", F(3));         /* 31 */
    printf("%d\n", SELF);         /* self-reference is not re-expanded: SELF + 1 = 2 */
    printf("%d\n", g(g(1)));
    printf("%d\n", F(F(1)));
    return 0;
}
