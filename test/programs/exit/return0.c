#include <stdio.h>
int main(void) { printf("zero\n"); return 0; }
