/* C99 compound literals: arrays, structs and scalars; file scope (static storage) and
   block scope (initialized each time the expression is evaluated); as lvalues and
   arguments; sizeof does not evaluate one. */
#include <stdio.h>

struct point { int x, y; };

static int *primes = (int[]){2, 3, 5, 7, 11};
static struct point *origin = &(struct point){7, 8};

static int sum(const int *a, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}

static int packed(struct point p) { return p.x * 100 + p.y; }

static struct point mid(struct point a, struct point b) {
    return (struct point){ (a.x + b.x) / 2, (a.y + b.y) / 2 };
}

int main(void) {
    int total = 0;
    for (int i = 0; i < 3; i++) {
        int *p = (int[]){i, i * 2, i * 3};
        total += sum(p, 3);
        /* Re-initialized on every iteration: .x is 0 again each time. */
        struct point *q = &(struct point){ .y = i };
        total += q->x + q->y;
        q->x = 100;
    }
    printf("total %d\n", total);
    printf("packed %d\n", packed((struct point){3, 4}));
    printf("file scope %d %d %d\n", primes[1], primes[4], origin->y);
    printf("sum %d\n", sum((int[]){1, 2, 3, 4}, 4));
    printf("sizeof %u\n", (unsigned)sizeof((int[]){1, 2, 3}));
    char *s = (char[]){"hello"};
    s[0] = 'H';
    printf("%s\n", s);
    int v = ((struct point){5, 6}).y;
    printf("member %d\n", v);
    long long ll = (long long){123456789012LL};
    printf("ll %lld\n", ll);
    int *z = &(int){42};
    *z += 1;
    printf("scalar %d\n", *z);
    struct point m = mid((struct point){0, 0}, (struct point){10, 20});
    printf("mid %d %d\n", m.x, m.y);
    int grid = ((int[2][2]){{1, 2}, {3, 4}})[1][0];
    printf("grid %d\n", grid);
    const char *names = ((const char *[]){"zero", "one", "two"})[2];
    printf("%s\n", names);
    return primes[0];
}
