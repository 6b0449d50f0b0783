#include <stdio.h>

int main(void) {
    unsigned char c;
    int count = 0;
    for (c = 250; c != 4; c++) count++;
    printf("%d\n", count);
    signed char s;
    count = 0;
    for (s = -128; s < 127; s++) count++;
    printf("%d\n", count);
    unsigned char sum = 0;
    int i;
    for (i = 0; i < 300; i++) sum += 7;
    printf("%d\n", sum);
    return 0;
}
