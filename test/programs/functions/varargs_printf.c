#include <stdio.h>
#include <stdarg.h>

static void out_int(int v) {
    char buf[12];
    int n = 0;
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    if (v < 0) putchar('-');
    do { buf[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    while (n) putchar(buf[--n]);
}

static void out_hex(unsigned v) {
    const char *d = "0123456789abcdef";
    char buf[8];
    int n = 0;
    do { buf[n++] = d[v & 15]; v >>= 4; } while (v);
    while (n) putchar(buf[--n]);
}

int mini_printf(const char *fmt, ...) {
    va_list ap;
    int count = 0;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt != '%') { putchar(*fmt); continue; }
        switch (*++fmt) {
        case 'd': out_int(va_arg(ap, int)); break;
        case 'x': out_hex(va_arg(ap, unsigned)); break;
        case 'c': putchar(va_arg(ap, int)); break;
        case 's': { const char *s = va_arg(ap, const char *); while (*s) putchar(*s++); break; }
        case '%': putchar('%'); break;
        default: putchar('?'); break;
        }
        count++;
    }
    va_end(ap);
    return count;
}

int main(void) {
    int n = mini_printf("int %d, neg %d, hex %x, char %c, str %s, pct %%\n", 123, -45, 0xbeefu, 'Q', "ok");
    mini_printf("%d directives\n", n);
    mini_printf("min %d\n", -2147483647 - 1);
    return 0;
}
