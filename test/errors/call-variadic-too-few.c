// printf needs at least its format.
// expect-error: 5:5: too few arguments to function 'printf' (expected at least 1, got 0)
#include <stdio.h>
int main(void) {
    printf();
    printf("%d\n", 1, 2);
    return 0;
}
