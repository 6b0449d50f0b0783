#include <stdio.h>
#include <string.h>
#include <ctype.h>

int is_pal(const char *s) {
    int i = 0, j = (int)strlen(s) - 1;
    while (i < j) {
        while (i < j && !isalnum((unsigned char)s[i])) i++;
        while (i < j && !isalnum((unsigned char)s[j])) j--;
        if (tolower((unsigned char)s[i]) != tolower((unsigned char)s[j])) return 0;
        i++; j--;
    }
    return 1;
}

int main(void) {
    const char *t[] = {"racecar", "A man, a plan, a canal: Panama", "hello", "", "ab", "No 'x' in Nixon"};
    int i;
    for (i = 0; i < 6; i++) printf("%d \"%s\"\n", is_pal(t[i]), t[i]);
    return 0;
}
