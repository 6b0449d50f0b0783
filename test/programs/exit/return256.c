#include <stdio.h>
/* only the low 8 bits of the status reach the parent: 256 -> 0 */
int main(void) { printf("wraps\n"); return 256; }
