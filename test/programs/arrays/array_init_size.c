#include <stdio.h>

int main(void) {
    int a[] = {5, 4, 3, 2, 1};
    printf("%d\n", (int)(sizeof a / sizeof a[0]));
    char c[] = {'h', 'i'};
    printf("%d\n", (int)sizeof c);
    int m[][3] = {{1, 2, 3}, {4, 5, 6}, {7}};
    printf("%d %d %d\n", (int)(sizeof m / sizeof m[0]), m[2][0], m[2][2]);
    int flat[][2] = {1, 2, 3, 4, 5};
    printf("%d %d %d\n", (int)(sizeof flat / sizeof flat[0]), flat[2][0], flat[2][1]);
    long long big[] = {1, 2, 3};
    printf("%d\n", (int)sizeof big);
    int d[] = {[4] = 9, [1] = 7};
    printf("%d %d %d %d %d %d\n", (int)(sizeof d / sizeof d[0]), d[0], d[1], d[2], d[3], d[4]);
    return 0;
}
