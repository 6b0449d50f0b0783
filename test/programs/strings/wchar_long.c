/* wchar_t is long on gcc -m32: wide literals and L'x' mix with long without a diagnostic */
#include <stddef.h>
#include <stdio.h>

static long sum(const long *p) {
    long s = 0;
    while (*p) s += *p++;
    return s;
}

int main(void) {
    long *lp = L"abc";
    wchar_t *wp = lp;
    wchar_t w = L'x';
    long *lw = &w;
    long table[] = L"xyz";
    printf("%ld %ld %ld\n", lp[0], wp[2], *lw);
    printf("%ld %d %d\n", sum(L"ab" L"c"), (int)sizeof(L'x'), (int)sizeof table);
    printf("%ld %ld\n", table[1], (long)(L'\xffffffff' < 0));
    return (int)(w - L'a');
}
