/*
 * small-objects.c: what a header costs a small object.
 *
 * A binary search tree of 5000 nodes of 40 bytes each (gcc -m32's layout). With first
 * fit, the default, every node takes a 48-byte block: a 4-byte header, the 40 bytes and
 * a 4-byte footer. With --alloc segregated a node takes a 40-byte slot in a slab: a page
 * cut into equal slots that have no header at all (docs/allocators.md). Compare:
 *
 *   minic run examples/small-objects.c
 *   minic run examples/small-objects.c --alloc segregated
 *   minic run examples/small-objects.c --alloc segregated --dump=heap | less
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct node {
    int key;
    struct node *left, *right;
    char name[28];
};

static struct node *insert(struct node *t, int key) {
    if (t == NULL) {
        struct node *n = malloc(sizeof *n);
        n->key = key;
        n->left = n->right = NULL;
        sprintf(n->name, "node %d", key);
        return n;
    }
    if (key < t->key)
        t->left = insert(t->left, key);
    else
        t->right = insert(t->right, key);
    return t;
}

static int count(const struct node *t) {
    return t == NULL ? 0 : 1 + count(t->left) + count(t->right);
}

int main(void) {
    char *start = sbrk(0); /* the heap starts empty at the initial break */
    struct node *root = NULL;
    unsigned x = 1;
    for (int i = 0; i < 5000; i++) {
        x = x * 1103515245u + 12345u;
        root = insert(root, (int)(x >> 16) % 100000);
    }
    long heap = (char *)sbrk(0) - start;
    long payload = (long)count(root) * (long)sizeof(struct node);
    printf("%d nodes of %zu bytes: %ld bytes of payload\n", count(root), sizeof(struct node), payload);
    long permille = payload * 1000 / heap; /* minic has no floating point */
    printf("heap: %ld bytes, %ld.%ld%% of it payload\n", heap, permille / 10, permille % 10);
    return 0;
}
