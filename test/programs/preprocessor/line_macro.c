#include <stdio.h>

#define HERE __LINE__

int main(void) {
    printf("%d\n", __LINE__);
    printf("%d\n", HERE);
    int l = __LINE__;
    printf("%d\n", l);
    printf("%d\n",
           __LINE__);
#line 100
    printf("%d\n", __LINE__);
    printf("%d\n", __STDC__);
    printf("%ld\n", __STDC_VERSION__);
    return 0;
}
