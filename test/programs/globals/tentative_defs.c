#include <stdio.h>

int t;
int t;              /* tentative definitions: one object */
int t = 5;
int u;
int u;
static int v;
static int v;
int arr[];          /* tentative, completed below */
int arr[3] = {7, 8, 9};

int main(void) {
    printf("%d %d %d\n", t, u, v);
    printf("%d %d\n", arr[2], (int)sizeof arr);
    return 0;
}
