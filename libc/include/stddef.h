/* stddef.h - minic (ILP32) */
#ifndef __MINIC_STDDEF_H
#define __MINIC_STDDEF_H

#ifndef __MINIC_SIZE_T
#define __MINIC_SIZE_T
typedef unsigned int size_t;
#endif
#ifndef __MINIC_PTRDIFF_T
#define __MINIC_PTRDIFF_T
typedef int ptrdiff_t;
#endif
#ifndef __MINIC_WCHAR_T
#define __MINIC_WCHAR_T
typedef long wchar_t; /* as gcc -m32's: the type of L"..." elements and L'x' */
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#define offsetof(type, member) ((size_t)&(((type *)0)->member))

#endif
