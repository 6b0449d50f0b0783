#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBUCKETS 13

typedef struct Entry { char *key; int value; struct Entry *next; } Entry;
typedef struct { Entry *buckets[NBUCKETS]; int size; } Table;

static unsigned hash(const char *s) {
    unsigned h = 5381;
    while (*s) h = h * 33u + (unsigned char)*s++;
    return h % NBUCKETS;
}

static char *dupstr(const char *s) { char *d = malloc(strlen(s) + 1); strcpy(d, s); return d; }

void put(Table *t, const char *key, int value) {
    unsigned b = hash(key);
    Entry *e;
    for (e = t->buckets[b]; e; e = e->next)
        if (strcmp(e->key, key) == 0) { e->value = value; return; }
    e = malloc(sizeof *e);
    e->key = dupstr(key);
    e->value = value;
    e->next = t->buckets[b];
    t->buckets[b] = e;
    t->size++;
}

int *get(Table *t, const char *key) {
    Entry *e;
    for (e = t->buckets[hash(key)]; e; e = e->next)
        if (strcmp(e->key, key) == 0) return &e->value;
    return NULL;
}

int del(Table *t, const char *key) {
    Entry **pp = &t->buckets[hash(key)];
    for (; *pp; pp = &(*pp)->next)
        if (strcmp((*pp)->key, key) == 0) {
            Entry *d = *pp;
            *pp = d->next;
            free(d->key); free(d);
            t->size--;
            return 1;
        }
    return 0;
}

int main(void) {
    Table t;
    memset(&t, 0, sizeof t);
    const char *text = "the cat and the dog and the bird saw a cat near the old dog house";
    char word[32];
    const char *p = text;
    while (*p) {
        int n = 0;
        while (*p == ' ') p++;
        while (*p && *p != ' ') word[n++] = *p++;
        word[n] = 0;
        if (n) { int *v = get(&t, word); if (v) (*v)++; else put(&t, word, 1); }
    }
    printf("distinct %d\n", t.size);
    const char *q[] = {"the", "cat", "dog", "and", "house", "fish"};
    int i;
    for (i = 0; i < 6; i++) { int *v = get(&t, q[i]); printf("%s=%d\n", q[i], v ? *v : 0); }
    int b, longest = 0;
    for (b = 0; b < NBUCKETS; b++) {
        int len = 0;
        Entry *e;
        for (e = t.buckets[b]; e; e = e->next) len++;
        printf("%d", len);
        if (len > longest) longest = len;
    }
    printf(" longest %d\n", longest);
    int d1 = del(&t, "the");
    int d2 = del(&t, "fish");
    printf("del the:%d del fish:%d size %d\n", d1, d2, t.size);
    printf("the=%d\n", get(&t, "the") ? 1 : 0);
    for (b = 0; b < NBUCKETS; b++) {
        Entry *e = t.buckets[b];
        while (e) { Entry *n = e->next; free(e->key); free(e); e = n; }
    }
    return 0;
}
