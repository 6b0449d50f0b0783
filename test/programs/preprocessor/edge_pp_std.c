#include <stdio.h>
/* C99 6.10.3.5 EXAMPLE 3, checked through stringizing. */
#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x
#define xstr(x) str(x)
#define LINE2 g(x+(3,4)-w) | h 5) & m(f)^m(m);
#define SHOW(...) puts(#__VA_ARGS__)
#define XSHOW(...) SHOW(__VA_ARGS__)
/* EXAMPLE 4 */
#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
/* EXAMPLE 5 */
#define t2(x,y,z) x ## y ## z
#define OBJ_EMPTY
#if OBJ_EMPTY + 1 == 1 && +2 == 2 && UNDEFINED_NAME == 0
#define EMPTY_OK "empty-ok"
#endif
#if 1
#define ELIF "first"
#elif 1 / 0
#define ELIF "bad"
#endif
#define V(a, ...) a + V2(__VA_ARGS__)
#define V2(...) #__VA_ARGS__
int main(void) {
    XSHOW(f(y+1) + f(f(z)) % t(t(g)(0) + t)(1););
    XSHOW(LINE2);
    XSHOW(p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };);
    XSHOW(char c[2][6] = { str(hello), str() };);
    puts(join(x, y));
    int j[] = { t2(1,2,3), t2(,4,5), t2(6,,7), t2(8,9,), t2(10,,), t2(,11,), t2(,,12), t2(,,) };
    int i; for (i = 0; i < (int)(sizeof j / sizeof j[0]); i++) printf("%d ", j[i]); printf("\n");
    printf("%s %s\n", EMPTY_OK, ELIF);
    puts(xstr(V(1, 2, 3)));
    puts(xstr(V(1,)));
    return 0;
}
