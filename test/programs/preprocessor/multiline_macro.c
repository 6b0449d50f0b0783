#include <stdio.h>

#define SWAP(type, a, b) do { \
        type tmp_ = (a);      \
        (a) = (b);            \
        (b) = tmp_;           \
    } while (0)

#define PRINT_ARRAY(arr, n)                     \
    do {                                        \
        int i_;                                 \
        for (i_ = 0; i_ < (n); i_++)            \
            printf("%d%s", (arr)[i_], i_ + 1 < (n) ? "," : "\n"); \
    } while (0)

#define LONG_SUM 1 + \
                 2 + \
                 3

int main(void) {
    int x = 1, y = 2;
    SWAP(int, x, y);
    printf("%d %d\n", x, y);
    int a[] = {5, 6, 7};
    SWAP(int, a[0], a[2]);
    PRINT_ARRAY(a, 3);
    if (x > y) SWAP(int, x, y); else printf("not swapped\n");
    printf("%d %d\n", x, y);
    printf("%d\n", LONG_SUM);
    return 0;
}
