#include <stdio.h>
#include <string.h>

int main(void) {
    printf("%d\n", (int)strspn("123abc", "0123456789"));
    printf("%d\n", (int)strcspn("hello, world", ",;"));
    printf("%d\n", (int)strspn("", "abc"));
    printf("%d\n", (int)strcspn("abc", ""));
    const char *p = strpbrk("find: the colon", ":;");
    printf("%s\n", p ? p : "(null)");
    printf("%d\n", strpbrk("abc", "xyz") == NULL);
    return 0;
}
