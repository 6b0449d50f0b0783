#include <stdio.h>

static int helper(void) { return 2; }
static int shared_state = 500;

int b_value(void) { return helper() + shared_state--; }
void b_report(void) { printf("b: helper=%d state=%d\n", helper(), shared_state); }
