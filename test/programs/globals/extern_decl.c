#include <stdio.h>

extern int later;
extern int arr[];
extern const char *greeting;
int use_before(void);

int main(void) {
    printf("%d %d %s\n", later, arr[1], greeting);
    printf("%d\n", use_before());
    later = 50;
    printf("%d\n", use_before());
    return 0;
}

int later = 7;
int arr[] = {1, 2, 3};
const char *greeting = "hello";

int use_before(void) { return later * 2; }
