#include <stdio.h>
/* -1 & 0xff == 255 */
int main(void) { printf("negative\n"); return -1; }
