#include <stdio.h>
#include <string.h>
#include <stddef.h>
int main(void) {
    const char *s = "caf\u00e9 \u20ac \U0001F600 \u0024\u0040";
    int i, n = (int)strlen(s);
    printf("%d:", n); for (i = 0; i < n; i++) printf(" %02x", (unsigned char)s[i]); printf("\n");
    wchar_t w[2] = { L'\u00e9', L'\U0001F600' };
    printf("%x %x\n", (unsigned)w[0], (unsigned)w[1]);
    char arr[] = "\u00e9\u00e8"; printf("%d %d\n", (int)sizeof arr, arr[1]);
    printf("%x\n", (unsigned)L'\u20ac');
    printf("%d\n", (int)sizeof("\u00e9" "x"));
    return 0;
}
