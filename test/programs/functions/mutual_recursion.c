#include <stdio.h>

int is_even(unsigned n);
int is_odd(unsigned n);

int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

/* Hofstadter female/male sequences */
int F(int n);
int M(int n);
int F(int n) { return n == 0 ? 1 : n - M(F(n - 1)); }
int M(int n) { return n == 0 ? 0 : n - F(M(n - 1)); }

int main(void) {
    printf("%d %d %d %d\n", is_even(10), is_odd(10), is_even(7), is_odd(1001));
    int i;
    for (i = 0; i < 15; i++) printf("%d ", F(i));
    printf("\n");
    for (i = 0; i < 15; i++) printf("%d ", M(i));
    printf("\n");
    return 0;
}
