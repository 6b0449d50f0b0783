#include <stdio.h>
int main(void) { printf("one\n"); return 1; }
