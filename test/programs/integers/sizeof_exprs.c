#include <stdio.h>

int f(void) { printf("f called\n"); return 1; }

int main(void) {
    char c = 0; short s = 0; int i = 0; long long ll = 0;
    int arr[10];
    char str[] = "abcdef";
    int *p = arr;
    printf("%d\n", (int)sizeof(c + c));
    printf("%d\n", (int)sizeof(s * s));
    printf("%d\n", (int)sizeof(c + ll));
    printf("%d\n", (int)sizeof(i ? c : s));
    printf("%d\n", (int)sizeof(c = 5));
    printf("%d\n", c);
    printf("%d\n", (int)sizeof arr);
    printf("%d\n", (int)sizeof arr[0]);
    printf("%d\n", (int)(sizeof arr / sizeof arr[0]));
    printf("%d\n", (int)sizeof str);
    printf("%d\n", (int)sizeof p);
    printf("%d\n", (int)sizeof *p);
    printf("%d\n", (int)sizeof &arr);
    printf("%d\n", (int)sizeof(arr + 0));
    printf("%d\n", (int)sizeof f());
    printf("%d\n", (int)sizeof(1 == 1));
    printf("%d\n", (int)sizeof(!c));
    printf("%d\n", (int)sizeof(c, i));
    printf("%d\n", (int)sizeof(-c));
    printf("%d\n", (int)sizeof("ab" "cd"));
    return 0;
}
