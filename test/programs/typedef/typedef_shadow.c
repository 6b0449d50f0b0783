#include <stdio.h>

typedef int T;

int main(void) {
    T a = 1;
    printf("%d\n", a);
    {
        int T = 5;          /* variable shadows the typedef name */
        printf("%d\n", T * 2);
    }
    T b = 2;                /* typedef visible again */
    printf("%d\n", a + b);
    {
        typedef char T;     /* inner typedef */
        T c = 'z';
        printf("%c %d\n", c, (int)sizeof(T));
    }
    printf("%d\n", (int)sizeof(T));
    return 0;
}
