#include <stdio.h>

typedef const char *CStr;
typedef unsigned int uint;
typedef uint Count;

int length(CStr s) { Count n = 0; while (s[n]) n++; return (int)n; }

int main(void) {
    CStr words[] = {"a", "bb", "ccc"};
    int i;
    for (i = 0; i < 3; i++) printf("%d ", length(words[i]));
    printf("\n");
    Count c = 0;
    c--;
    printf("%u\n", c);
    const uint k = 7;
    printf("%u\n", k * 6);
    return 0;
}
