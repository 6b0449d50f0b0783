/* stdio.h - minic
 * The three standard streams are FILE structs in libc's data (stdio.o). stdin, stdout and
 * stderr are macros for their addresses (C allows them to be macros). stdout is fully
 * buffered (flushed when full, by fflush, before reading stdin, and by exit), stderr is
 * unbuffered. There is no fopen: minic programs have only the standard streams.
 * No floating point: %f, %e, %g are printed as written. */
#ifndef __MINIC_STDIO_H
#define __MINIC_STDIO_H

/* A va_list (see stdarg.h) is a char * pointing at the first variadic argument's slot. */
typedef char *__minic_va_list;

#ifndef __MINIC_SIZE_T
#define __MINIC_SIZE_T
typedef unsigned int size_t;
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif

struct __minic_FILE {
    int __fd;
    int __flags;
    int __pos;      /* output: bytes waiting in the buffer; input: next index */
    int __len;      /* input: bytes valid in the buffer */
    int __unget;    /* character pushed back by ungetc, plus 1 (0: none) */
    int __bufsize;
    unsigned char *__buf;  /* the buffer follows the struct in memory */
};
typedef struct __minic_FILE FILE;

extern FILE __minic_stdin;
extern FILE __minic_stdout;
extern FILE __minic_stderr;
#define stdin (&__minic_stdin)
#define stdout (&__minic_stdout)
#define stderr (&__minic_stderr)

#define EOF (-1)
#define BUFSIZ 8192   /* glibc's value; the streams' own buffers are 4096 bytes */
/* C99's names for files, with glibc's values (minic has no file system: fopen is absent) */
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define FOPEN_MAX 16
#define FILENAME_MAX 4096
#define L_tmpnam 20
#define TMP_MAX 238328
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

int printf(const char *fmt, ...);
int fprintf(FILE *fp, const char *fmt, ...);
int sprintf(char *buf, const char *fmt, ...);
int snprintf(char *buf, size_t n, const char *fmt, ...);
int vprintf(const char *fmt, __minic_va_list ap);
int vfprintf(FILE *fp, const char *fmt, __minic_va_list ap);
int vsprintf(char *buf, const char *fmt, __minic_va_list ap);
int vsnprintf(char *buf, size_t n, const char *fmt, __minic_va_list ap);

int scanf(const char *fmt, ...);
int fscanf(FILE *fp, const char *fmt, ...);
int sscanf(const char *s, const char *fmt, ...);
int vfscanf(FILE *fp, const char *fmt, __minic_va_list ap);
int vscanf(const char *fmt, __minic_va_list ap);
int vsscanf(const char *s, const char *fmt, __minic_va_list ap);

int puts(const char *s);
int fputs(const char *s, FILE *fp);
int putchar(int c);
int fputc(int c, FILE *fp);
int putc(int c, FILE *fp);
int getchar(void);
int fgetc(FILE *fp);
int getc(FILE *fp);
int ungetc(int c, FILE *fp);
char *fgets(char *buf, int n, FILE *fp);
/* C99 (removed in C11): no bound on the line, so a long one overruns buf. Use fgets. */
char *gets(char *s);
size_t fwrite(const void *p, size_t size, size_t n, FILE *fp);
size_t fread(void *p, size_t size, size_t n, FILE *fp);

int fflush(FILE *fp);
int feof(FILE *fp);
int ferror(FILE *fp);
void clearerr(FILE *fp);
int setvbuf(FILE *fp, char *buf, int mode, size_t size);
void setbuf(FILE *fp, char *buf);
void perror(const char *s);

#endif
