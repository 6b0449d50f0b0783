#include <stdio.h>
#include <string.h>

int main(void) {
    const char *s = "the cat sat on the mat";
    const char *p = strchr(s, 'a');
    printf("%d %s\n", (int)(p - s), p);
    p = strrchr(s, 'a');
    printf("%d %s\n", (int)(p - s), p);
    printf("%d\n", strchr(s, 'z') == NULL);
    p = strchr(s, '\0');
    printf("%d\n", (int)(p - s));
    p = strstr(s, "the");
    printf("%d\n", (int)(p - s));
    p = strstr(s + 1, "the");
    printf("%d\n", (int)(p - s));
    printf("%d\n", strstr(s, "dog") == NULL);
    p = strstr(s, "");
    printf("%d\n", p == s);
    const char *hay = "aaab";
    printf("%d\n", (int)(strstr(hay, "aab") - hay));
    int count = 0;
    for (p = strchr(s, 't'); p; p = strchr(p + 1, 't')) count++;
    printf("%d\n", count);
    return 0;
}
