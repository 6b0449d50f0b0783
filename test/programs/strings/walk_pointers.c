#include <stdio.h>

int my_strlen(const char *s) { const char *p = s; while (*p) p++; return (int)(p - s); }
void my_strcpy(char *d, const char *s) { while ((*d++ = *s++)) ; }
int my_strcmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}
void reverse(char *s) {
    char *e = s + my_strlen(s) - 1;
    while (s < e) { char t = *s; *s++ = *e; *e-- = t; }
}

int main(void) {
    char buf[64];
    printf("%d %d\n", my_strlen("hello"), my_strlen(""));
    my_strcpy(buf, "pointer walk");
    printf("%s\n", buf);
    reverse(buf);
    printf("%s\n", buf);
    printf("%d %d %d\n", my_strcmp("abc", "abd") < 0, my_strcmp("b", "a") > 0, my_strcmp("same", "same"));
    printf("%d\n", my_strcmp("\xff", "a") > 0);
    const char *s = "count vowels in this sentence";
    int v = 0;
    for (; *s; s++)
        switch (*s) { case 'a': case 'e': case 'i': case 'o': case 'u': v++; }
    printf("%d\n", v);
    return 0;
}
