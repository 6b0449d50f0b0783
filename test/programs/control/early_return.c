#include <stdio.h>

int find(const int *a, int n, int v) {
    int i;
    for (i = 0; i < n; i++)
        if (a[i] == v) return i;
    return -1;
}

int check(int x) {
    if (x < 0) return -1;
    if (x == 0) return 0;
    while (x > 10) {
        if (x % 7 == 0) return 7;
        x -= 3;
    }
    return x;
}

int main(void) {
    int a[] = {4, 8, 15, 16, 23, 42};
    printf("%d %d %d\n", find(a, 6, 15), find(a, 6, 4), find(a, 6, 5));
    printf("%d %d %d %d %d\n", check(-3), check(0), check(5), check(30), check(22));
    return 0;
}
