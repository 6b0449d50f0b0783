#include <stdio.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int days_in(int m, int y) { static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}; return m == 1 && is_leap(y) ? 29 : d[m]; }

/* Zeller-like: day of week for y-m-d, 0 = Sunday (Sakamoto's method) */
static int dow(int y, int m, int d) {
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

static void print_month(int y, int m) {
    static const char *names[] = {"January", "February", "March", "April", "May", "June", "July",
                                  "August", "September", "October", "November", "December"};
    int d, start = dow(y, m + 1, 1);
    printf("   %s %d\nSu Mo Tu We Th Fr Sa\n", names[m], y);
    for (d = 0; d < start; d++) printf("   ");
    for (d = 1; d <= days_in(m, y); d++) {
        printf("%2d", d);
        printf((start + d) % 7 == 0 || d == days_in(m, y) ? "\n" : " ");
    }
}

int main(void) {
    print_month(2024, 1);
    print_month(2000, 1);
    print_month(1900, 1);
    int y, leaps = 0;
    for (y = 1900; y <= 2100; y++) leaps += is_leap(y);
    printf("leap years 1900..2100: %d\n", leaps);
    printf("%d %d %d\n", dow(1970, 1, 1), dow(2000, 1, 1), dow(2038, 1, 19));
    return 0;
}
