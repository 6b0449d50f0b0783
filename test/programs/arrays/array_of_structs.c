#include <stdio.h>

struct Item { const char *name; int qty; int price; };

int main(void) {
    struct Item inv[] = {
        {"apple", 3, 50},
        {"bread", 1, 250},
        {"milk", 2, 120},
        {"egg", 12, 30},
    };
    int n = sizeof inv / sizeof inv[0];
    int i, total = 0;
    for (i = 0; i < n; i++) {
        int line = inv[i].qty * inv[i].price;
        printf("%-6s %3d x %4d = %5d\n", inv[i].name, inv[i].qty, inv[i].price, line);
        total += line;
    }
    printf("total %d\n", total);
    struct Item *p = inv + 2;
    p->qty = 5;
    (p + 1)->price = 25;
    printf("%d %d\n", inv[2].qty, inv[3].price);
    struct Item copy = inv[0];
    copy.qty = 99;
    printf("%d %d\n", inv[0].qty, copy.qty);
    return 0;
}
