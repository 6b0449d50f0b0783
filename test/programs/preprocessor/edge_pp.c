#include <stdio.h>
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define N 4
#define DBG(fmt, ...) printf("dbg " fmt "\n", __VA_ARGS__)
#define LOG(...) printf(__VA_ARGS__)
#define SWAP(a, b) do { int t_ = (a); (a) = (b); (b) = t_; } while (0)
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define APPLY(f, x) f(x)
#define TWICE(x) (2 * (x))
#define EMPTY
#define COUNT(...) sizeof((int[]){__VA_ARGS__}) / sizeof(int)
#if (0u - 1) > 0
#define UNS "unsigned-wrap"
#else
#define UNS "signed"
#endif
#if -1 < 0u
#define CMP "neg<0u"
#else
#define CMP "neg>=0u"
#endif
#if defined(N) && defined N && !defined(NOPE) && N * 2 == 8
#define OK 1
#endif
#if 0x7fffffff + 1 > 0
#define BIG "big"
#else
#define BIG "wrapped"
#endif
#if (2 || 1 / 0) && ((-7) / 2 == -3) && ((-7) % 2 == -1) && (1 ? 2 : (1 / 0)) == 2
#define ARITH "arith-ok"
#endif
int CAT(var, 1) = 11;
int XCAT(var, N) = 44;
int main(void) {
    printf("%s %s\n", STR(N), XSTR(N));
    printf("%s\n", STR( a  +   b ));
    printf("%s\n", STR("q\"s" 'c' \n));
    printf("%d %d\n", var1, var4);
    DBG("%d %s", 1, "x");
    LOG("plain\n");
    LOG("%d%d\n", 1, 2);
    int a = 1, b = 2;
    if (a) SWAP(a, b); else SWAP(b, a);
    printf("%d %d\n", a, b);
    printf("%d\n", MAX(a++, b));
    printf("%d\n", APPLY(TWICE, 3 + 1));
    printf("%d\n", TWICE(TWICE(N)));
    printf("%s %s %s %d %s\n", UNS, CMP, BIG, OK, ARITH);
    printf("%d\n", (int)(COUNT(1, 2, 3, 4, 5)));
    printf("[%s]\n", XSTR(EMPTY));
    printf("%s\n", XSTR(CAT(x, y)));
    printf("%d\n", CAT(0x, 1F));
    printf("%d\n", __LINE__);
#define f(x) x + 1
#define g f
    printf("%d\n", g(2) * 2);
#undef f
#define f(x) (x)
    printf("%d\n", g(2) * 2);
    return 0;
}
