#include <stdio.h>
#include <string.h>

int main(void) {
    char words[5][10] = {"pear", "apple", "fig", "banana", "cherry"};
    int i, j;
    for (i = 0; i < 5; i++)
        for (j = i + 1; j < 5; j++)
            if (strcmp(words[i], words[j]) > 0) {
                char t[10];
                strcpy(t, words[i]);
                strcpy(words[i], words[j]);
                strcpy(words[j], t);
            }
    for (i = 0; i < 5; i++) printf("%s\n", words[i]);
    printf("%c%c\n", words[1][0], words[4][2]);
    return 0;
}
