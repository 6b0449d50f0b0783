#include <stdio.h>

#define VERSION_MAJOR 2
#define VERSION_MINOR 7
#define VERSION (VERSION_MAJOR * 100 + VERSION_MINOR)
#define HAS_FEATURE(x) (x)
#define FEATURE_FAST 1
#define FEATURE_SLOW 0

int main(void) {
#if VERSION >= 207
    printf("new enough %d\n", VERSION);
#endif
#if HAS_FEATURE(FEATURE_FAST) && !HAS_FEATURE(FEATURE_SLOW)
    printf("fast only\n");
#endif
#if defined(VERSION_MAJOR) + defined(VERSION_PATCH) == 1
    printf("one defined\n");
#endif
#ifdef VERSION
#  if VERSION_MINOR > 5
#    define MSG "minor > 5"
#  else
#    define MSG "minor <= 5"
#  endif
#endif
    printf("%s\n", MSG);
    return 0;
}
