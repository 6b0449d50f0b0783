#include <stdio.h>

void test(int a, int b) {
    if (a)
        if (b)
            printf("a and b\n");
        else
            printf("a, not b\n");   /* binds to the inner if */
    printf("end %d %d\n", a, b);
}

int main(void) {
    test(1, 1);
    test(1, 0);
    test(0, 1);
    test(0, 0);
    return 0;
}
