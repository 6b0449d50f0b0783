#include <stdio.h>

static int helper(void) { return 1; }     /* same name as in b.c: each file has its own */
static int shared_state = 10;

int a_value(void) { return helper() + shared_state++; }
void a_report(void) { printf("a: helper=%d state=%d\n", helper(), shared_state); }
