// Valid: compound literals of arrays, structs and scalars, at file scope and in functions.
struct point { int x; int y; };
static int *primes = (int[]){2, 3, 5, 7};
static struct point *origin = &(struct point){0, 0};
int sum(const int *a, int n) { int s = 0; while (n--) s += a[n]; return s; }
int main(void) {
    struct point p = (struct point){ .y = 2, .x = 1 };
    int *q = &(int){5};
    *q += sum((int[]){1, 2, 3}, 3);
    return p.x + p.y + *q + primes[1] + origin->x;
}
