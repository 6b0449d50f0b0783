#include <stdio.h>
typedef int (*op_t)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static op_t ops[] = { add, sub, mul, 0 };
static int fact(int (*self)(), int n) { return n <= 1 ? 1 : n * self(self, n - 1); }
static long long llf(long long x, char c) { return x * c; }
static int counter(void) { static int n; static int calls = 10; calls++; return ++n * 100 + calls; }
static op_t pick(int i) { return ops[i]; }
static int apply(op_t f, int a, int b) { return (*f)(a, b); }
struct Obj { int (*get)(struct Obj *); int v; };
static int get_v(struct Obj *o) { return o->v; }
int main(void) {
    int i;
    for (i = 0; ops[i]; i++) printf("%d ", ops[i](7, 3)); printf("\n");
    printf("%d\n", fact(fact, 6));
    printf("%d\n", pick(2)(4, 5));
    printf("%d\n", apply(pick(1), 1, 10));
    printf("%d\n", (**pick(0))(2, 2));
    long long (*lp)(long long, char) = llf; printf("%lld\n", lp(1LL << 33, -3));
    printf("%d %d %d\n", counter(), counter(), 0); 
    int (*table[2][2])(int, int) = {{add, sub}, {mul, add}};
    printf("%d\n", table[1][0](6, 7));
    struct Obj o = { get_v, 42 }, *po = &o; printf("%d\n", po->get(po));
    void *vp = 0; op_t f = vp ? (op_t)0 : add; printf("%d\n", f(1, 2));
    printf("%d\n", ops[3] == 0);
    printf("%d\n", (i > 2 ? mul : add)(3, 4));
    return 0;
}
