/* wordfreq.c: counts the words of its input, the program behind bench/traces/recorded/
 * wordfreq.rep (record.sh records its allocator calls with `minic run --trace-heap`).
 * A chained hash table whose nodes hold the word inline (one malloc per distinct word,
 * of sizeof(struct node) + length + 1 bytes), an index of the nodes grown by realloc
 * (doubling), a line buffer grown by realloc, and everything freed at the end.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
    struct node *next;
    int count;
    char word[1];
};

#define BUCKETS 1024
static struct node *table[BUCKETS];
static struct node **index_;
static int nwords, cap;

static unsigned hash(const char *s) {
    unsigned h = 5381u;
    while (*s) h = h * 33u + (unsigned char)*s++;
    return h % BUCKETS;
}

static void add(const char *w) {
    unsigned h = hash(w);
    struct node *n;
    for (n = table[h]; n; n = n->next)
        if (strcmp(n->word, w) == 0) {
            n->count++;
            return;
        }
    n = malloc(sizeof(struct node) + strlen(w));
    strcpy(n->word, w);
    n->count = 1;
    n->next = table[h];
    table[h] = n;
    if (nwords == cap) {
        cap = cap ? cap * 2 : 16;
        index_ = realloc(index_, cap * sizeof *index_);
    }
    index_[nwords++] = n;
}

static int by_count(const void *a, const void *b) {
    const struct node *x = *(struct node *const *)a, *y = *(struct node *const *)b;
    if (x->count != y->count) return y->count - x->count;
    return strcmp(x->word, y->word);
}

int main(void) {
    size_t len = 0, size = 64;
    char *line = malloc(size);
    char word[64];
    int c, i, total = 0;
    while ((c = getchar()) != EOF) {
        if (len + 1 == size) line = realloc(line, size *= 2);
        line[len++] = (char)c;
        if (c != '\n') continue;
        line[len] = 0;
        for (i = 0; line[i];) {
            int k = 0;
            while (line[i] && !isalpha((unsigned char)line[i])) i++;
            while (isalpha((unsigned char)line[i])) {
                if (k < 63) word[k++] = (char)tolower((unsigned char)line[i]);
                i++;
            }
            word[k] = 0;
            if (k > 0) {
                add(word);
                total++;
            }
        }
        len = 0;
    }
    qsort(index_, nwords, sizeof *index_, by_count);
    printf("%d words, %d distinct\n", total, nwords);
    for (i = 0; i < 10 && i < nwords; i++) printf("%6d %s\n", index_[i]->count, index_[i]->word);
    for (i = 0; i < nwords; i++) free(index_[i]);
    free(index_);
    free(line);
    return 0;
}
