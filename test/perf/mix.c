/* A fixed workload for the instruction-count guard (test/perf/instruction-count.test.ts):
   loops, calls, recursion, arrays, structs, switch, pointers, malloc and stdio. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { int key; struct node *next; };

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int classify(int v) {
    switch (v % 5) {
    case 0: return 3;
    case 1: return v & 7;
    case 2: return -1;
    case 3: return v >> 2;
    default: return 0;
    }
}

int main(void) {
    int a[200];
    int i, j, s = 0;
    char buf[64];
    struct node *head = 0, *n;
    for (i = 0; i < 200; i++) a[i] = (i * 37) % 101;
    for (i = 0; i < 200; i++)
        for (j = i + 1; j < 200; j++)
            if (a[j] < a[i]) { int t = a[i]; a[i] = a[j]; a[j] = t; }
    for (i = 0; i < 200; i++) s += a[i] * i + classify(a[i]);
    for (i = 0; i < 100; i++) {
        n = (struct node *)malloc(sizeof *n);
        n->key = i * i;
        n->next = head;
        head = n;
    }
    while (head) { s += head->key & 255; n = head->next; free(head); head = n; }
    strcpy(buf, "instruction count");
    s += (int)strlen(buf) + fib(15);
    printf("%d\n", s);
    return 0;
}
