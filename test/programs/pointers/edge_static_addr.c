#include <stdio.h>
static int arr[6] = {1, 2, 3, 4, 5, 6};
static char *p = (char *)&arr + 4;
static int *q = (int *)((char *)arr + 8);
static int *r = &*(arr + 3);
static int *s2 = &1[arr];
static int (*row)[2] = (int (*)[2])arr + 1;
static int *t = 2 + arr;
static const char *u = "hello" + 5 - 2;
static int *nul = 0;
static void *vp = (void *)arr;
int main(void) {
    printf("%d %d %d %d %d %d %s %d %d\n", *(int *)p, *q, *r, *s2, (*row)[1], *t, u, nul == 0, *(int *)vp);
    return 0;
}
