/* qsort as glibc's: a merge sort, so equal keys keep their order, and the comparator is
 * called on the same pairs, in the same order, as under gcc (glibc 2.36). Elements over 32
 * bytes are sorted through pointers, so the comparator sees them where they started. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { int key; int id; };
struct big { int key; int id; char pad[32]; };

static int calls;
static const char *trace_base;
static size_t trace_size;

static int by_key(const void *a, const void *b) {
  calls++;
  return ((const struct rec *)a)->key - ((const struct rec *)b)->key;
}

static int by_key_big(const void *a, const void *b) {
  calls++;
  return ((const struct big *)a)->key - ((const struct big *)b)->key;
}

/* prints which positions are compared */
static int traced(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  printf("(%d,%d)", (int)(((const char *)a - trace_base) / trace_size), (int)(((const char *)b - trace_base) / trace_size));
  return (x > y) - (x < y);
}

static int chars(const void *a, const void *b) {
  calls++;
  return *(const unsigned char *)a - *(const unsigned char *)b;
}

int main(void) {
  struct rec r[13];
  for (int i = 0; i < 13; i++) { r[i].key = (i * 7) % 4; r[i].id = i; }
  calls = 0;
  qsort(r, 13, sizeof r[0], by_key);
  for (int i = 0; i < 13; i++) printf("%d:%d ", r[i].key, r[i].id);
  printf("| %d calls\n", calls);

  for (int n = 0; n <= 12; n++) {
    int a[12];
    for (int i = 0; i < n; i++) a[i] = n - i;
    calls = 0;
    struct rec v[12];
    for (int i = 0; i < n; i++) { v[i].key = a[i]; v[i].id = i; }
    qsort(v, n, sizeof v[0], by_key);
    printf("n=%d reversed: %d calls;", n, calls);
    for (int i = 0; i < n; i++) { v[i].key = i; v[i].id = i; }
    calls = 0;
    qsort(v, n, sizeof v[0], by_key);
    printf(" sorted: %d calls\n", calls);
  }

  int t[7] = {4, 1, 3, 1, 5, 9, 2};
  trace_base = (const char *)t;
  trace_size = sizeof t[0];
  qsort(t, 7, sizeof t[0], traced);
  printf("\n");
  for (int i = 0; i < 7; i++) printf("%d ", t[i]);
  printf("\n");

  struct big g[9];
  memset(g, 0, sizeof g);
  for (int i = 0; i < 9; i++) { g[i].key = (9 - i) % 3; g[i].id = i; }
  calls = 0;
  qsort(g, 9, sizeof g[0], by_key_big);
  for (int i = 0; i < 9; i++) printf("%d:%d ", g[i].key, g[i].id);
  printf("| %d calls\n", calls);

  char s[] = "mergesortisstable";
  calls = 0;
  qsort(s, strlen(s), 1, chars);
  printf("%s %d calls\n", s, calls);
  return 0;
}
