#include <stdio.h>
#include <ctype.h>

int parse_int(const char **s) {
    int sign = 1, v = 0;
    while (isspace((unsigned char)**s)) (*s)++;
    if (**s == '-' || **s == '+') { if (**s == '-') sign = -1; (*s)++; }
    while (isdigit((unsigned char)**s)) { v = v * 10 + (**s - '0'); (*s)++; }
    return sign * v;
}

int main(void) {
    const char *src = "  12 -34 +56 0 789";
    int i;
    for (i = 0; i < 5; i++) printf("%d ", parse_int(&src));
    printf("\n");
    return 0;
}
