/* stdlib.h - minic */
#ifndef __MINIC_STDLIB_H
#define __MINIC_STDLIB_H

#ifndef __MINIC_SIZE_T
#define __MINIC_SIZE_T
typedef unsigned int size_t;
#endif
#ifndef __MINIC_WCHAR_T
#define __MINIC_WCHAR_T
typedef long wchar_t; /* as gcc -m32's: the type of L"..." elements and L'x' */
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
/* rand() is the C standard's example generator, not glibc's. */
#define RAND_MAX 32767
#define MB_CUR_MAX ((size_t)1)  /* the C locale: one byte per character; a size_t as in C99 */

void *malloc(size_t size);
void free(void *ptr);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *ptr, size_t size);

void exit(int status);
void _Exit(int status);
void abort(void);
int atexit(void (*fn)(void));
char *getenv(const char *name);

int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
long strtol(const char *s, char **endptr, int base);
unsigned long strtoul(const char *s, char **endptr, int base);
long long strtoll(const char *s, char **endptr, int base);
unsigned long long strtoull(const char *s, char **endptr, int base);

typedef struct { int quot; int rem; } div_t;
typedef struct { long quot; long rem; } ldiv_t;
typedef struct { long long quot; long long rem; } lldiv_t;
div_t div(int numer, int denom);
ldiv_t ldiv(long numer, long denom);
lldiv_t lldiv(long long numer, long long denom);
int abs(int n);
long labs(long n);
long long llabs(long long n);

void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
              int (*compar)(const void *, const void *));

int rand(void);
void srand(unsigned int seed);

#endif
