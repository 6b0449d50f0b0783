#include <stdio.h>

void f(int x) {
    printf("%d:", x);
    switch (x) {
    case 1: printf(" one");
    case 2: printf(" two");
        break;
    case 3: printf(" three");
    case 4:
    case 5: printf(" four-or-five");
    default: printf(" default");
    }
    printf("\n");
}

int main(void) {
    int i;
    for (i = 0; i <= 6; i++) f(i);
    int n = 0;
    switch (n) { }
    switch (n) default: printf("lonely default\n");
    return 0;
}
