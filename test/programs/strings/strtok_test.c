#include <stdio.h>
#include <string.h>

int main(void) {
    char s[] = "  alpha, beta;;gamma ,delta  ";
    char *tok = strtok(s, " ,;");
    int n = 0;
    while (tok) {
        printf("%d:[%s]\n", n++, tok);
        tok = strtok(NULL, " ,;");
    }
    char t[] = ";;;";
    printf("%d\n", strtok(t, ";") == NULL);
    char u[] = "a=1&b=2";
    char *k = strtok(u, "=");
    char *v = strtok(NULL, "&");
    printf("%s %s\n", k, v);
    k = strtok(NULL, "=");
    v = strtok(NULL, "&");
    printf("%s %s\n", k, v);
    return 0;
}
