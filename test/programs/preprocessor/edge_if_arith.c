#include <stdio.h>
#define R(c) printf("%s %d\n", #c, c)
int main(void) {
#if '\377' < 0
    R(1);
#else
    R(0);
#endif
#if 0xFFFFFFFFFFFFFFFF == -1
    R(2);
#endif
#if ~0u == 0xffffffffffffffff
    R(3);
#endif
#if 0xffffffff + 1 == 0x100000000
    R(4);
#endif
#if -9223372036854775807 - 1 < 0 && (-1) / 2 == 0 && 1u - 2 > 0
    R(5);
#endif
#if (1 ? -1 : 0u) > 0
    R(6);
#endif
#if 2147483647 + 1 > 0
    R(7);
#endif
#if 'ab' == 24930 && '\x41' == 65 && L'a' == 97
    R(8);
#endif
#if -1 >> 1 == -1 && (1 << 40) > 0
    R(9);
#endif
#if defined R && defined(R) + 1 == 2 && !defined R2
    R(10);
#endif
#if 5 % 3 == 2 && -5 % 3 == -2 && (3, 4) == 4
    R(11);
#endif
    return 0;
}
