#include "counter.h"

int counter_total = 0;
const char *counter_name = "main counter";
static int calls;                  /* private to this file */

void counter_add(int n) { counter_total += n; calls++; }
int counter_get(void) { return counter_total * 100 + calls; }
