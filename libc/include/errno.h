/* errno.h - minic: errno is a plain int in libc's errno.o (one thread, no TLS). */
#ifndef __MINIC_ERRNO_H
#define __MINIC_ERRNO_H

extern int errno;

#define EPERM 1
#define ENOENT 2
#define EIO 5
#define EBADF 9
#define ENOMEM 12
#define EFAULT 14
#define EINVAL 22
#define ENOSPC 28
#define ESPIPE 29
#define EDOM 33
#define ERANGE 34
#define EOVERFLOW 75
#define EILSEQ 84

#endif
