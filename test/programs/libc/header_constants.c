/* Names the headers must provide with glibc's values: stdio.h's file constants (minic has
 * no files, but C99 requires the names), every Linux errno name, MB_CUR_MAX as a size_t. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  printf("%d %d %d %d %d %d %d\n", SEEK_SET, SEEK_CUR, SEEK_END, FOPEN_MAX, FILENAME_MAX, L_tmpnam, TMP_MAX);
  printf("%d %d %d %d %d %d\n", EAGAIN, EWOULDBLOCK, EEXIST, EACCES, EINTR, ENOTSUP == EOPNOTSUPP);
  printf("%d %d %d %d %d\n", EDEADLOCK, ENAMETOOLONG, ECONNREFUSED, ETIMEDOUT, EHWPOISON);
  printf("%s | %s | %s\n", strerror(EAGAIN), strerror(EACCES), strerror(ENOTRECOVERABLE));
  printf("%d %d\n", MB_CUR_MAX - 2 > 0, (int)sizeof(MB_CUR_MAX));
  return 0;
}
