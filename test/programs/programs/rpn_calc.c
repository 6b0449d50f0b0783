#include <stdio.h>
#include <ctype.h>
#include <string.h>

/* Reads one RPN expression per line from stdin; supports + - * / % ^ neg dup swap. */

static long long st[64];
static int sp;

static int push(long long v) { if (sp == 64) return 0; st[sp++] = v; return 1; }
static int pop(long long *v) { if (!sp) return 0; *v = st[--sp]; return 1; }

static const char *eval(char *line, long long *out) {
    char *tok;
    sp = 0;
    for (tok = strtok(line, " \t\n"); tok; tok = strtok(NULL, " \t\n")) {
        long long a, b;
        if (isdigit((unsigned char)tok[0])) {
            long long v = 0;
            char *p;
            for (p = tok; isdigit((unsigned char)*p); p++) v = v * 10 + (*p - '0');
            if (*p) return "bad number";
            push(v);
        } else if (strcmp(tok, "neg") == 0) {
            if (!pop(&a)) return "stack underflow";
            push(-a);
        } else if (strcmp(tok, "dup") == 0) {
            if (!pop(&a)) return "stack underflow";
            push(a); push(a);
        } else if (strcmp(tok, "swap") == 0) {
            if (!pop(&b) || !pop(&a)) return "stack underflow";
            push(b); push(a);
        } else if (strlen(tok) == 1 && strchr("+-*/%^", tok[0])) {
            if (!pop(&b) || !pop(&a)) return "stack underflow";
            switch (tok[0]) {
            case '+': push(a + b); break;
            case '-': push(a - b); break;
            case '*': push(a * b); break;
            case '/': if (!b) return "division by zero"; push(a / b); break;
            case '%': if (!b) return "division by zero"; push(a % b); break;
            case '^': { long long r = 1; while (b-- > 0) r *= a; push(r); break; }
            }
        } else return "unknown token";
    }
    if (sp != 1) return sp ? "too many values" : "empty";
    *out = st[0];
    return NULL;
}

int main(void) {
    char line[256];
    int n = 0, errors = 0;
    while (fgets(line, sizeof line, stdin)) {
        long long v;
        char copy[256];
        strcpy(copy, line);
        copy[strcspn(copy, "\n")] = 0;
        const char *err = eval(line, &v);
        n++;
        if (err) { printf("%d: %s -> error: %s\n", n, copy, err); errors++; }
        else printf("%d: %s -> %lld\n", n, copy, v);
    }
    return errors;
}
