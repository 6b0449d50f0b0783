#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int i;
    for (i = 0; ; i++) {
        printf("%d ", i);
        if (i * i > 50) { printf("\n"); exit(i); }
    }
}
