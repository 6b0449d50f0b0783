#include <stdio.h>
#define foo foo + 1
#define A B
#define B A
#define EMPTY()
#define ID(x) x
#define COMMA ,
#define FIRST(a, ...) a
#define REST(a, ...) __VA_ARGS__
#define STR(...) #__VA_ARGS__
#define XSTR(x) STR(x)
#define PASTE3(a, b, c) a ## b ## c
#define ARROW(p, m) p->m
#define CALL(f, args) f args
#define NOT_CALLED(x) 99
#define LPAREN (
#define ADD(x, y) ((x) + (y))
#define OBJ_LIKE (1 + 2)
#define PASTE_NUM(a, b) a ## b
#if 'A' == 65 && '\n' == 10
#define CHARS "chars-ok"
#endif
#ifdef UNDEFINED_THING
#error should not happen
#elif 1 + 1 == 3
#define BR "elif1"
#elif defined(CHARS)
#define BR "elif2"
#else
#define BR "else"
#endif
#if 0
  this is # garbage ' that " is skipped
#if nested
#else
#endif
#endif
#if __STDC_VERSION__ >= 199901L
#define STDV "c99"
#endif
#define LINE_STR XSTR(__LINE__)
struct S { int m; };
int main(void) {
    int A = 2;
#undef foo
    int foo = 0;
#define foo foo + 1
    printf("%d\n", foo);
    printf("%d\n", A);
    EMPTY() printf("%d\n", ID(3) EMPTY());
    printf("%d\n", FIRST(4 COMMA 5, 6));
    printf("%d %d\n", REST(0, 7, 8));
    printf("%s\n", STR(ID(1) , "x\\y" , '\''));
    printf("%d\n", PASTE3(1, 2, 3));
    struct S s = {5}, *p = &s; printf("%d\n", ARROW(p, m));
    printf("%d\n", CALL(ADD, (1, 2)));
    int NOT_CALLED = 42; printf("%d\n", NOT_CALLED);
    printf("%d\n", ADD(ADD(1, 2), ID((3, 4))));
    printf("%d\n", OBJ_LIKE * 2);
    printf("%d\n", PASTE_NUM(1, 0) + PASTE_NUM(0x, ff));
    printf("%s %s %s\n", CHARS, BR, STDV);
    printf("%s\n", LINE_STR);
    printf("%d\n", ADD(
        10,
        20));
    printf("%s\n", XSTR(ADD(a,b)));
    printf("%s\n", STR(  leading   and   trailing  ));
    printf("%s\n", STR());
#define LATE 3
    printf("%d\n", LATE);
#undef LATE
#ifndef LATE
    printf("undef ok\n");
#endif
    return 0;
}
