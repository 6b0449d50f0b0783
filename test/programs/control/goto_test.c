#include <stdio.h>

int main(void) {
    int i = 0;
loop:
    if (i >= 5) goto done;
    printf("%d ", i);
    i++;
    goto loop;
done:
    printf("\n");
    int a, b, found = 0;
    for (a = 1; a < 20; a++)
        for (b = a; b < 20; b++)
            if (a * a + b * b == 13 * 13) { found = 1; goto out; }
out:
    printf("%d %d %d\n", found, a, b);
    goto skip;
    printf("never printed\n");
skip:
    printf("skipped\n");
    int n = 3;
back:
    n--;
    if (n > 0) { printf("n=%d\n", n); goto back; }
    return 0;
}
