#include <stdio.h>

/* counts comment characters in a C-like text with a small state machine */
int main(void) {
    const char *src = "int a; /* comment */ int b; // line\nint c; /* multi\nline */ x";
    enum { CODE, SLASH, BLOCK, STAR, LINE } st = CODE;
    int code = 0, comment = 0;
    const char *p;
    for (p = src; *p; p++) {
        switch (st) {
        case CODE: if (*p == '/') st = SLASH; else code++; break;
        case SLASH:
            if (*p == '*') st = BLOCK;
            else if (*p == '/') st = LINE;
            else { code += 2; st = CODE; }
            break;
        case BLOCK: if (*p == '*') st = STAR; else comment++; break;
        case STAR: if (*p == '/') st = CODE; else if (*p != '*') { comment += 2; st = BLOCK; } else comment++; break;
        case LINE: if (*p == '\n') { st = CODE; code++; } else comment++; break;
        }
    }
    printf("code=%d comment=%d\n", code, comment);
    return 0;
}
