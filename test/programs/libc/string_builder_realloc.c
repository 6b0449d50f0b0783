#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct SB { char *data; size_t len, cap; };

void sb_append(struct SB *sb, const char *s) {
    size_t n = strlen(s);
    if (sb->len + n + 1 > sb->cap) {
        size_t cap = sb->cap ? sb->cap : 4;
        while (sb->len + n + 1 > cap) cap *= 2;
        sb->data = realloc(sb->data, cap);
        sb->cap = cap;
    }
    memcpy(sb->data + sb->len, s, n + 1);
    sb->len += n;
}

int main(void) {
    struct SB sb = {NULL, 0, 0};
    int i;
    char num[12];
    for (i = 0; i < 30; i++) {
        sprintf(num, "%d,", i * 7);
        sb_append(&sb, num);
    }
    printf("%s\n%d %d\n", sb.data, (int)sb.len, (int)sb.cap);
    free(sb.data);
    return 0;
}
