#include <stdio.h>
#include <string.h>

#define MAXD 200

/* little-endian decimal digit arrays */
typedef struct { int d[MAXD]; int n; } Big;

void big_set(Big *b, const char *s) {
    int len = (int)strlen(s), i;
    b->n = len;
    for (i = 0; i < len; i++) b->d[i] = s[len - 1 - i] - '0';
}

void big_add(const Big *a, const Big *b, Big *r) {
    int i, carry = 0, n = a->n > b->n ? a->n : b->n;
    for (i = 0; i < n; i++) {
        int s = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        r->d[i] = s % 10;
        carry = s / 10;
    }
    if (carry) r->d[i++] = carry;
    r->n = i;
}

void big_mul_small(Big *a, int k) {
    int i, carry = 0;
    for (i = 0; i < a->n; i++) { int p = a->d[i] * k + carry; a->d[i] = p % 10; carry = p / 10; }
    while (carry) { a->d[a->n++] = carry % 10; carry /= 10; }
}

void big_print(const Big *b) {
    int i;
    for (i = b->n - 1; i >= 0; i--) putchar('0' + b->d[i]);
    putchar('\n');
}

int main(void) {
    Big a, b, c;
    big_set(&a, "99999999999999999999999999999999");
    big_set(&b, "1");
    big_add(&a, &b, &c);
    big_print(&c);
    big_set(&a, "123456789012345678901234567890");
    big_set(&b, "987654321098765432109876543210");
    big_add(&a, &b, &c);
    big_print(&c);
    /* 50! */
    Big f;
    big_set(&f, "1");
    int i;
    for (i = 2; i <= 50; i++) big_mul_small(&f, i);
    big_print(&f);
    /* fibonacci(200) */
    Big x, y, z;
    big_set(&x, "0");
    big_set(&y, "1");
    for (i = 0; i < 200; i++) { big_add(&x, &y, &z); x = y; y = z; }
    big_print(&x);
    /* 2^100 */
    Big p;
    big_set(&p, "1");
    for (i = 0; i < 100; i++) big_mul_small(&p, 2);
    big_print(&p);
    return 0;
}
