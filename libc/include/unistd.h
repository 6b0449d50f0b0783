/* unistd.h - minic: the heap break and raw reads/writes (traps of the VM) */
#ifndef __MINIC_UNISTD_H
#define __MINIC_UNISTD_H

#ifndef __MINIC_SIZE_T
#define __MINIC_SIZE_T
typedef unsigned int size_t;
#endif
#ifndef __MINIC_SSIZE_T
#define __MINIC_SSIZE_T
typedef int ssize_t;
#endif
#ifndef __MINIC_INTPTR_T
#define __MINIC_INTPTR_T
typedef int intptr_t;
typedef unsigned int uintptr_t;
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

void *sbrk(intptr_t increment);
int brk(void *addr);
ssize_t write(int fd, const void *buf, size_t n);
ssize_t read(int fd, void *buf, size_t n);
void _exit(int status);

#endif
