#include <stdio.h>

void double_all(int *a, int n) { int i; for (i = 0; i < n; i++) a[i] *= 2; }
int trace(int m[][3], int n) { int i, s = 0; for (i = 0; i < n; i++) s += m[i][i]; return s; }
void fill_row(int row[3], int v) { int i; for (i = 0; i < 3; i++) row[i] = v + i; }
int count_char(const char s[], char c) { int i, n = 0; for (i = 0; s[i]; i++) n += s[i] == c; return n; }

int main(void) {
    int a[5] = {1, 2, 3, 4, 5};
    double_all(a, 5);
    double_all(a + 3, 2);
    int i;
    for (i = 0; i < 5; i++) printf("%d ", a[i]);
    printf("\n");
    int m[3][3];
    for (i = 0; i < 3; i++) fill_row(m[i], i * 10);
    printf("%d\n", trace(m, 3));
    printf("%d\n", count_char("mississippi", 's'));
    return 0;
}
