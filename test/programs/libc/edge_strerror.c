#include <stdio.h>
#include <string.h>
#include <errno.h>

/* strerror and %m for every Linux errno value, and a few outside the table. */
int main(void) {
    int i;
    for (i = 0; i <= 135; i++) printf("%d %s\n", i, strerror(i));
    {
        /* glibc gives each known message its own storage: both survive later calls */
        const char *dom = strerror(EDOM);
        const char *range = strerror(ERANGE);
        strerror(12345);
        printf("[%s] [%s]\n", dom, range);
        printf("[%s] [%s]\n", strerror(EINVAL), strerror(EILSEQ));
    }
    printf("%s\n", strerror(-1));
    printf("%s\n", strerror(1000));
    errno = ERANGE;
    printf("[%m] [%.9m] [%20.4m]\n");
    errno = 99;
    printf("[%m]\n");
    printf("%d %d %d %d\n", EDOM, ERANGE, EILSEQ, EINVAL);
    return 0;
}
