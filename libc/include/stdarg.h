/* stdarg.h - minic
 * cdecl frames: every argument sits in a 4-byte-aligned stack slot above the previous
 * one (long long takes 8), so a va_list is just a pointer walking up the slots, starting
 * right after the last named parameter. */
#ifndef __MINIC_STDARG_H
#define __MINIC_STDARG_H

typedef char *va_list;

#define __va_slot(T) ((sizeof(T) + 3) & ~3)
#define va_start(ap, last) ((ap) = (char *)&(last) + __va_slot(last))
#define va_arg(ap, T) (*(T *)(((ap) += __va_slot(T)) - __va_slot(T)))
#define va_end(ap) ((void)0)
#define va_copy(dst, src) ((dst) = (src))

#endif
