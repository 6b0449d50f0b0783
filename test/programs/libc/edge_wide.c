#include <stdio.h>
#include <stddef.h>
#include <string.h>
#include <errno.h>

/* printf/scanf with wchar_t (%lc, %ls, %l[): ASCII converts in the C locale, other
   characters fail with EILSEQ. (minic has no L"" literals, so arrays are spelled out.) */
static void show(const wchar_t *w, int n) {
    int i;
    for (i = 0; i < n; i++) printf(" %ld", (long)w[i]);
    printf("\n");
}

int main(void) {
    wchar_t hi[] = {'h', 'i', '!', 0};
    wchar_t bad[] = {'o', 'k', 0xe9, 0};
    unsigned wc = 'W'; /* wint_t is unsigned int on i386 (minic has no wchar.h) */
    char buf[32];
    wchar_t w[8];
    int n, e, a = 0, b = 0;
    n = printf("[%ls] [%5ls] [%-5ls] [%.2ls] [%.0ls] [%lc] [%3lc] [%-3lc]\n", hi, hi, hi, hi, hi, wc, wc, wc);
    printf("%d\n", n);
    memset(buf, '#', sizeof buf);
    n = snprintf(buf, sizeof buf, "<%.2ls>", bad);
    printf("%d [%s]\n", n, buf);
    memset(buf, 0, sizeof buf);
    errno = 0;
    n = snprintf(buf, sizeof buf, "<%ls>", bad);
    e = errno;
    printf("%d [%s] %d\n", n, buf, e == EILSEQ);
    memset(buf, 0, sizeof buf);
    errno = 0;
    n = snprintf(buf, sizeof buf, "x%lcy", (unsigned)0x20ac);
    e = errno;
    printf("%d [%s] %d\n", n, buf, e == EILSEQ);
    memset(w, 0x55, sizeof w);
    n = sscanf("ab cd", "%ls", w);
    printf("%d:", n);
    show(w, 4);
    memset(w, 0x55, sizeof w);
    n = sscanf("ab cd", "%3lc", w);
    printf("%d:", n);
    show(w, 4);
    memset(w, 0x55, sizeof w);
    n = sscanf("abcd", "%l[a-c]", w);
    printf("%d:", n);
    show(w, 4);
    memset(w, 0x55, sizeof w);
    n = sscanf("abcd", "%2ls", w);
    printf("%d:", n);
    show(w, 3);
    errno = 0;
    memset(w, 0x55, sizeof w);
    n = sscanf("5 \xe9y 7", "%d %ls %d", &a, w, &b);
    e = errno;
    printf("%d %d %d %d\n", n, e == EILSEQ, a, b);
    errno = 0;
    n = sscanf("\xe9", "%lc", w);
    e = errno;
    printf("%d %d\n", n, e == EILSEQ);
    return 0;
}
