#include <stdio.h>
int main(void) { printf("max status\n"); return 255; }
