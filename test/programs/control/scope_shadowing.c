#include <stdio.h>

int x = 1;

void show(void) { printf("global x=%d\n", x); }

int main(void) {
    printf("%d\n", x);
    int x = 2;
    printf("%d\n", x);
    {
        int x = 3;
        printf("%d\n", x);
        {
            x++;
            int x = 10;
            printf("%d\n", x);
        }
        printf("%d\n", x);
    }
    printf("%d\n", x);
    show();
    for (int x = 20; x < 22; x++) printf("loop %d\n", x);
    printf("%d\n", x);
    {
        extern int x;
        printf("extern %d\n", x);
    }
    return 0;
}
