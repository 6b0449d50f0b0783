#include <stdio.h>

enum Dir { NORTH, EAST, SOUTH, WEST, NDIRS };
static const char *names[NDIRS] = {"N", "E", "S", "W"};

enum Dir turn_right(enum Dir d) { return (enum Dir)((d + 1) % NDIRS); }
enum Dir opposite(enum Dir d) { return (enum Dir)((d + 2) % NDIRS); }

int main(void) {
    enum Dir d = NORTH;
    int i;
    for (i = 0; i < 6; i++) { printf("%s ", names[d]); d = turn_right(d); }
    printf("\n");
    printf("%s %s\n", names[opposite(EAST)], names[opposite(WEST)]);
    int arr[NDIRS] = {0};
    arr[SOUTH] = 7;
    printf("%d %d\n", arr[2], (int)(sizeof arr / sizeof arr[0]));
    d = WEST;
    d++;
    printf("%d\n", d);
    int x = EAST + SOUTH * 10;
    printf("%d\n", x);
    return 0;
}
