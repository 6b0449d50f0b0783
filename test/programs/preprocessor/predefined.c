#include <stdio.h>
#include <string.h>

int main(void) {
    const char *f = __FILE__;
    const char *slash = strrchr(f, '/');
    printf("%s\n", slash ? slash + 1 : f);
    printf("%d\n", __STDC__);
#ifdef __STDC_VERSION__
    printf("%d\n", __STDC_VERSION__ >= 199901L);
#endif
#ifdef __DATE__
    printf("%d\n", (int)strlen(__DATE__));
#endif
#ifdef __TIME__
    printf("%d\n", (int)strlen(__TIME__));
#endif
    printf("%s\n", __func__);
    return 0;
}
