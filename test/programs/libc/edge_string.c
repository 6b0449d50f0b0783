#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void dump(const char *label, const char *p, int n) {
    int i;
    printf("%s:", label);
    for (i = 0; i < n; i++) printf(" %d", (unsigned char)p[i]);
    printf("\n");
}

static int sgn(int v) { return (v > 0) - (v < 0); }

/* string.h corner cases: padding, empty needles, the terminating NUL, overlaps, signs. */
int main(void) {
    char b[16];
    const char *s = "hello";
    memset(b, 'x', sizeof b);
    strncpy(b, "ab", 6);
    dump("strncpy pad", b, 8);
    memset(b, 'x', sizeof b);
    strncpy(b, "abcdef", 3);
    dump("strncpy cut", b, 5);
    memset(b, 'x', sizeof b);
    strncpy(b, "", 0);
    dump("strncpy 0", b, 2);
    strcpy(b, "ab");
    strncat(b, "cdef", 2);
    dump("strncat", b, 6);
    strncat(b, "", 5);
    strncat(b, "XY", 0);
    strncat(b, "gh", 10);
    printf("[%s]\n", b);
    printf("%d %d %d\n", (int)(strstr(s, "") - s), (int)(strstr(s, "lo") - s), strstr(s, "lol") == NULL);
    printf("%d %d\n", (int)(strstr("", "") == NULL), strstr("", "a") == NULL);
    {
        const char h[] = "aaabababac";
        printf("%d %d\n", (int)(strstr(h, "aab") - h), (int)(strstr(h, "abac") - h));
    }
    printf("%d %d %d\n", (int)(strrchr(s, '\0') - s), (int)(strchr(s, '\0') - s), (int)(strrchr(s, 'l') - s));
    printf("%d %d\n", strchr(s, 'z') == NULL, strrchr(s, 'z') == NULL);
    printf("%d %d\n", (int)(strchr(s, 'l' + 256) - s), (int)(strrchr(s, 'h' - 256) - s));
    {
        char hi[] = {'a', (char)0xe9, 'b', 0};
        printf("%d %d\n", (int)(strchr(hi, 0xe9) - hi), (int)(strchr(hi, -23) - hi));
        printf("%d %d %d\n", sgn(memcmp("a\x80", "a\x01", 2)), sgn(strcmp("\xff", "a")), sgn(strncmp("ab\x90", "ab\x10", 3)));
    }
    printf("%d %d %d %d\n", sgn(memcmp("abc", "abd", 3)), sgn(memcmp("abc", "abd", 2)), sgn(memcmp("b", "a", 1)), memcmp("x", "y", 0));
    printf("%d %d %d %d\n", sgn(strcmp("", "")), sgn(strcmp("a", "")), sgn(strcmp("", "a")), sgn(strcmp("abc", "abcd")));
    printf("%d %d %d\n", sgn(strncmp("abcX", "abcY", 3)), sgn(strncmp("abcX", "abcY", 4)), strncmp("a", "b", 0));
    {
        const char m[] = "ab\0cd";
        printf("%d %d %d\n", (int)((const char *)memchr(m, 'c', 5) - m), memchr(m, 'c', 3) == NULL, (int)((const char *)memchr(m, 0, 5) - m));
        printf("%d\n", (int)((const char *)memchr(m, 'b' + 256, 5) - m));
    }
    {
        char o[12] = "0123456789";
        memmove(o + 2, o, 6);
        printf("[%s]\n", o);
        strcpy(o, "0123456789");
        memmove(o, o + 3, 7);
        printf("[%s]\n", o);
        memmove(o, o, 5);
        memmove(o + 1, o, 0);
        printf("[%s]\n", o);
    }
    {
        char *d = strdup("");
        char *e = strdup("dup me");
        char *f = strndup("abcdef", 3);
        char *g = strndup("ab", 10);
        printf("%d [%s] [%s] [%s] %d\n", (int)strlen(d), e, f, g, (int)strlen(g));
        free(d); free(e); free(f); free(g);
    }
    printf("%d %d %d\n", (int)strspn("aabbc", "ab"), (int)strcspn("hello", "lo"), (int)strcspn("hello", ""));
    printf("%d %d %d\n", (int)strspn("", "a"), (int)strspn("abc", ""), strpbrk("abc", "xyz") == NULL);
    {
        const char h[] = "abcabc";
        printf("%d %d %d\n", (int)(strpbrk(h, "cb") - h), (int)strnlen("abc", 2), (int)strnlen("abc", 9));
    }
    {
        char t[] = ",,a,,b c,";
        char *tok = strtok(t, ", ");
        while (tok) {
            printf("<%s>", tok);
            tok = strtok(NULL, ", ");
        }
        printf(" %d\n", strtok(NULL, ",") == NULL);
        char t2[] = ",,,";
        printf("%d\n", strtok(t2, ",") == NULL);
    }
    memset(b, 0, sizeof b);
    memset(b, 0x141, 3);
    dump("memset", b, 4);
    return 0;
}
