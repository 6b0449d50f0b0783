#include <stdio.h>

/* C99 5.1.2.2.3: reaching the } that terminates main returns 0 */
int main(void) {
    printf("falling off the end of main\n");
}
