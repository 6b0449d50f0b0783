/* fread's byte count is size * n in size_t arithmetic, as glibc computes it: 0x10000 *
   0x10000 wraps to 0, so nothing is read. fwrite of a count that fits writes through
   the stream's buffer. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[16];
    memset(buf, '.', sizeof buf);
    size_t got = fread(buf, 0x10000, 0x10000, stdin);
    printf("wrapped: %u, buf[0] = '%c'\n", (unsigned)got, buf[0]);
    got = fread(buf, 2, 4, stdin);
    printf("2x4: %u, \"%.8s\"\n", (unsigned)got, buf);
    got = fread(buf, 4, 3, stdin); /* 5 bytes left: one whole item */
    printf("4x3: %u, \"%.5s\"\n", (unsigned)got, buf);
    fwrite("done\n", 1, 5, stdout);
    return 0;
}
