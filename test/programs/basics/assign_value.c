#include <stdio.h>

int main(void) {
    int a, b, c;
    a = b = c = 3;
    printf("%d %d %d\n", a, b, c);
    int x = (a = 10) + 5;
    printf("%d %d\n", x, a);
    char ch;
    int k = (ch = 300);     /* value of assignment has the type of the left side */
    printf("%d %d\n", k, ch);
    unsigned char uc;
    int m = (uc = -1);
    printf("%d\n", m);
    int n = 0;
    while ((n += 3) < 10) printf("%d ", n);
    printf("\n");
    int arr[3];
    arr[0] = arr[1] = arr[2] = 9;
    printf("%d %d %d\n", arr[0], arr[1], arr[2]);
    return 0;
}
