#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[40] = "foo";
    char *r = strcat(buf, "bar");
    printf("%s %d\n", buf, r == buf);
    strcat(buf, "");
    strcat(buf, "-baz");
    printf("%s %d\n", buf, (int)strlen(buf));
    strncat(buf, "12345", 3);
    printf("%s\n", buf);
    strncat(buf, "ab", 10);
    printf("%s\n", buf);
    char empty[10] = "";
    strncat(empty, "xyz", 2);
    printf("%s %d\n", empty, (int)strlen(empty));
    return 0;
}
