#include <stdio.h>

static int count;
static const char *label = "static";
static int values[4] = {1, 2, 3, 4};

static void bump(void) { count++; values[count % 4] *= 10; }

int main(void) {
    int i;
    for (i = 0; i < 6; i++) bump();
    printf("%d %s\n", count, label);
    for (i = 0; i < 4; i++) printf("%d ", values[i]);
    printf("\n");
    return 0;
}
