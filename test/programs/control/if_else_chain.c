#include <stdio.h>

const char *grade(int s) {
    if (s >= 90) return "A";
    else if (s >= 80) return "B";
    else if (s >= 70) return "C";
    else if (s >= 60) return "D";
    else return "F";
}

int main(void) {
    int scores[] = {100, 90, 89, 75, 60, 59, 0, -5};
    int i;
    for (i = 0; i < 8; i++) printf("%d:%s ", scores[i], grade(scores[i]));
    printf("\n");
    int x = 5;
    if (x) printf("nonzero\n");
    if (!x) printf("zero\n"); else printf("not zero\n");
    if (x > 3) { if (x > 4) printf("gt4\n"); } else printf("le3\n");
    return 0;
}
