#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char sku[8]; char name[20]; int qty; int price_cents; } Item;

static int by_value_desc(const void *a, const void *b) {
    const Item *x = a, *y = b;
    long vx = (long)x->qty * x->price_cents, vy = (long)y->qty * y->price_cents;
    if (vx != vy) return vx < vy ? 1 : -1;
    return strcmp(x->sku, y->sku);
}

static int by_sku(const void *a, const void *b) { return strcmp(((const Item *)a)->sku, ((const Item *)b)->sku); }

int main(void) {
    Item items[] = {
        {"B200", "bolts", 500, 12}, {"A100", "anchor", 3, 4599}, {"C300", "chain", 25, 899},
        {"D400", "drill", 2, 12999}, {"E500", "epoxy", 40, 650}, {"F600", "file", 0, 1099},
    };
    int n = sizeof items / sizeof items[0], i;
    qsort(items, n, sizeof items[0], by_value_desc);
    long total = 0;
    for (i = 0; i < n; i++) {
        long v = (long)items[i].qty * items[i].price_cents;
        total += v;
        printf("%-5s %-8s %4d x %3d.%02d = %6ld.%02ld\n", items[i].sku, items[i].name, items[i].qty,
               items[i].price_cents / 100, items[i].price_cents % 100, v / 100, v % 100);
    }
    printf("total %ld.%02ld\n", total / 100, total % 100);
    qsort(items, n, sizeof items[0], by_sku);
    Item key;
    strcpy(key.sku, "C300");
    Item *f = bsearch(&key, items, n, sizeof items[0], by_sku);
    printf("found %s qty %d\n", f ? f->name : "none", f ? f->qty : -1);
    strcpy(key.sku, "Z999");
    printf("%s\n", bsearch(&key, items, n, sizeof items[0], by_sku) ? "found" : "missing");
    return 0;
}
