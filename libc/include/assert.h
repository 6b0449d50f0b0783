/* assert.h - minic
 * A failed assertion prints glibc's message on stderr,
 *     prog: FILE:LINE: FUNC: Assertion `EXPR' failed.
 * and aborts (exit status 134). Not guarded: each inclusion re-reads NDEBUG, as the
 * standard requires. */
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
void __assert_fail(const char *expr, const char *file, unsigned int line, const char *func);
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif
