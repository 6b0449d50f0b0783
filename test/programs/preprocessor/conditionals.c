#include <stdio.h>

#define LEVEL 3
#define FEATURE_X

int main(void) {
#if LEVEL > 2
    printf("level > 2\n");
#else
    printf("level <= 2\n");
#endif

#if LEVEL == 1
    printf("one\n");
#elif LEVEL == 2
    printf("two\n");
#elif LEVEL == 3
    printf("three\n");
#else
    printf("many\n");
#endif

#ifdef FEATURE_X
    printf("X on\n");
#endif
#ifndef FEATURE_Y
    printf("Y off\n");
#endif
#if defined(FEATURE_X) && !defined FEATURE_Y
    printf("X and not Y\n");
#endif
#if (LEVEL * 2 + 1) % 4 == 3 && (1 << 4) == 16
    printf("arith ok\n");
#endif
#if UNDEFINED_NAME == 0
    printf("undefined is 0\n");
#endif
#if 0
    printf("never\n");
#if 1
    nested garbage is skipped
#endif
#endif
#if -1 < 0
    printf("signed compare\n");
#endif
#if 0x10 == 16 && 010 == 8
    printf("radix ok\n");
#endif
#if 5 / 2 == 2 && 5 % 3 == 2 && (1 ? 7 : 8) == 7
    printf("div mod ternary ok\n");
#endif
#if !0 && ~0 == -1
    printf("unary ok\n");
#endif
    return 0;
}
