#include <stdio.h>
#include <string.h>

int main(void) {
    const char *names[] = {"delta", "alpha", "echo", "charlie", "bravo", "alphabet"};
    int n = 6, i, j;
    for (i = 1; i < n; i++) {
        const char *key = names[i];
        j = i - 1;
        while (j >= 0 && strcmp(names[j], key) > 0) { names[j + 1] = names[j]; j--; }
        names[j + 1] = key;
    }
    for (i = 0; i < n; i++) printf("%s\n", names[i]);
    return 0;
}
