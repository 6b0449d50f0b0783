#include <stdio.h>
#include <stdlib.h>

void level3(int v) {
    printf("level3 %d\n", v);
    if (v > 2) exit(3);
    printf("not reached\n");
}
void level2(int v) { printf("level2\n"); level3(v + 1); printf("not reached either\n"); }
void level1(int v) { printf("level1\n"); level2(v + 1); }

int main(void) {
    level1(1);
    printf("main end\n");
    return 0;
}
