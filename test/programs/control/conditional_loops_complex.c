#include <stdio.h>

int main(void) {
    int a[] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
    int n = sizeof a / sizeof a[0];
    int i = 0, sum = 0;
    while (i < n && sum + a[i] <= 20) sum += a[i++];
    printf("%d %d\n", i, sum);
    int j = n - 1;
    while (j >= 0 && a[j] != 9) j--;
    printf("%d\n", j);
    int runs = 0;
    for (i = 1; i < n; i++) if (a[i] > a[i - 1] && (i + 1 >= n || a[i + 1] <= a[i])) runs++;
    printf("%d\n", runs);
    return 0;
}
