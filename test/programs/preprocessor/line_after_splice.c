// Tokens after a backslash-newline keep their physical line: __LINE__ there is the line
// it is written on (gcc's behaviour), in plain code, in macro arguments and after a
// string literal or an identifier cut by the splice; __LINE__ in a macro body is the
// line of the macro's name.
#include <stdio.h>

#define SHOW(x) printf("%d at %d\n", (x), __LINE__)
#define SUM(a, b) ((a) + (b))

int main(void) {
    int first = __LINE__ + \
        __LINE__;
    printf("%d\n", first);
    SHOW(1000 + \
         __LINE__);
    int tot\
al = SUM(__LINE__, \
             __LINE__) * 100 + __LINE__;
    printf("%d\n", total);
    const char *s = "split \
string"; int after = __LINE__;
    printf("%s %d\n", s, after);
    printf("%d %d %d\n", __LINE__, \
\
           __LINE__, /* a comment
                        over lines */ __LINE__);
    return (__LINE__ + \
            __LINE__) % 256;
}
