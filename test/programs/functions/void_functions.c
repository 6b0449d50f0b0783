#include <stdio.h>

int total;

void add(int x) { total += x; }
void reset(void) { total = 0; }
void early(int x) {
    if (x < 0) { printf("negative, skipping\n"); return; }
    add(x);
}

int main(void) {
    add(5);
    add(10);
    printf("%d\n", total);
    early(-1);
    early(7);
    printf("%d\n", total);
    reset();
    printf("%d\n", total);
    (void)printf("cast to void\n");
    return 0;
}
