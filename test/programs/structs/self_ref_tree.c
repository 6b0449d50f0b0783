#include <stdio.h>
#include <stdlib.h>

struct T { int key; struct T *left, *right; };

struct T *insert(struct T *t, int k) {
    if (!t) { t = calloc(1, sizeof *t); t->key = k; return t; }
    if (k < t->key) t->left = insert(t->left, k);
    else t->right = insert(t->right, k);
    return t;
}
int height(struct T *t) { if (!t) return 0; int l = height(t->left), r = height(t->right); return 1 + (l > r ? l : r); }
void inorder(struct T *t) { if (t) { inorder(t->left); printf("%d ", t->key); inorder(t->right); } }
void destroy(struct T *t) { if (t) { destroy(t->left); destroy(t->right); free(t); } }

int main(void) {
    int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
    struct T *root = NULL;
    int i;
    for (i = 0; i < 10; i++) root = insert(root, keys[i]);
    inorder(root);
    printf("\nheight %d\n", height(root));
    destroy(root);
    return 0;
}
