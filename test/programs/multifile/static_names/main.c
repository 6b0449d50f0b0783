#include <stdio.h>

int a_value(void);
int b_value(void);
void a_report(void);
void b_report(void);

static int helper(void) { return 3; }

int main(void) {
    int i;
    for (i = 0; i < 3; i++) printf("%d %d\n", a_value(), b_value());
    a_report();
    b_report();
    printf("main: helper=%d\n", helper());
    return 0;
}
