#include <stdio.h>
#include <stdlib.h>

typedef struct Tree { int key; int count; struct Tree *l, *r; } Tree;

Tree *insert(Tree *t, int key) {
    if (!t) { t = malloc(sizeof *t); t->key = key; t->count = 1; t->l = t->r = NULL; }
    else if (key < t->key) t->l = insert(t->l, key);
    else if (key > t->key) t->r = insert(t->r, key);
    else t->count++;
    return t;
}

Tree *min_node(Tree *t) { while (t->l) t = t->l; return t; }

Tree *remove_key(Tree *t, int key) {
    if (!t) return NULL;
    if (key < t->key) t->l = remove_key(t->l, key);
    else if (key > t->key) t->r = remove_key(t->r, key);
    else {
        if (!t->l || !t->r) { Tree *c = t->l ? t->l : t->r; free(t); return c; }
        Tree *m = min_node(t->r);
        t->key = m->key; t->count = m->count;
        m->count = 1;
        t->r = remove_key(t->r, m->key);
    }
    return t;
}

void inorder(const Tree *t) { if (!t) return; inorder(t->l); printf(" %d", t->key); if (t->count > 1) printf("x%d", t->count); inorder(t->r); }
void preorder(const Tree *t) { if (!t) return; printf(" %d", t->key); preorder(t->l); preorder(t->r); }
void postorder(const Tree *t) { if (!t) return; postorder(t->l); postorder(t->r); printf(" %d", t->key); }
int height(const Tree *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
int contains(const Tree *t, int k) { while (t) { if (k == t->key) return 1; t = k < t->key ? t->l : t->r; } return 0; }
void destroy(Tree *t) { if (t) { destroy(t->l); destroy(t->r); free(t); } }

void level_order(Tree *t) {
    Tree *queue[64];
    int head = 0, tail = 0;
    if (t) queue[tail++] = t;
    while (head < tail) {
        Tree *n = queue[head++];
        printf(" %d", n->key);
        if (n->l) queue[tail++] = n->l;
        if (n->r) queue[tail++] = n->r;
    }
    printf("\n");
}

int main(void) {
    int keys[] = {50, 30, 70, 20, 40, 60, 80, 30, 65, 10, 45, 50, 75};
    Tree *t = NULL;
    int i;
    for (i = 0; i < 13; i++) t = insert(t, keys[i]);
    printf("in:"); inorder(t); printf("\n");
    printf("pre:"); preorder(t); printf("\n");
    printf("post:"); postorder(t); printf("\n");
    printf("level:"); level_order(t);
    printf("height %d, has 45: %d, has 46: %d\n", height(t), contains(t, 45), contains(t, 46));
    t = remove_key(t, 50);
    t = remove_key(t, 20);
    t = remove_key(t, 70);
    printf("in:"); inorder(t); printf("\n");
    printf("level:"); level_order(t);
    destroy(t);
    return 0;
}
