/* string work through libc: strlen, strcpy, strcat, strcmp, memcpy, sprintf, a hash table */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#ifndef N
#define N 600000
#endif
#define BUCKETS 4096

struct entry { char key[24]; int count; struct entry *next; };
struct entry *table[BUCKETS];

unsigned hash(const char *s) {
    unsigned h = 2166136261u;
    while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
    return h;
}

void add(const char *k) {
    unsigned h = hash(k) % BUCKETS;
    struct entry *e;
    for (e = table[h]; e != 0; e = e->next)
        if (strcmp(e->key, k) == 0) { e->count++; return; }
    e = (struct entry *)malloc(sizeof(struct entry));
    strcpy(e->key, k);
    e->count = 1;
    e->next = table[h];
    table[h] = e;
}

int main(void) {
    char word[24], tmp[32];
    unsigned seed = 99u, sum = 0u;
    int i, j, distinct = 0, maxc = 0;
    for (i = 0; i < N; i++) {
        seed = seed * 69069u + 1u;
        sprintf(word, "w%u", (seed >> 8) % 5000u);
        strcpy(tmp, word);
        strcat(tmp, "_x");
        if (strlen(tmp) > 3) add(word);
        memcpy(tmp, word, strlen(word) + 1);
        sum += (unsigned)strlen(tmp);
    }
    for (j = 0; j < BUCKETS; j++) {
        struct entry *e = table[j];
        while (e != 0) {
            struct entry *n = e->next;
            distinct++;
            if (e->count > maxc) maxc = e->count;
            sum = sum * 31u + (unsigned)e->count;
            free(e);
            e = n;
        }
    }
    printf("strings distinct=%d max=%d checksum %u\n", distinct, maxc, sum);
    return 0;
}
