#include <stdio.h>
#include <ctype.h>
#include <string.h>

enum Tok { T_NUM, T_IDENT, T_OP, T_STR, T_END, T_ERR };
static const char *tok_names[] = {"NUM", "IDENT", "OP", "STR", "END", "ERR"};

struct Lexer { const char *p; char text[64]; };

enum Tok next(struct Lexer *lx) {
    while (isspace((unsigned char)*lx->p)) lx->p++;
    const char *start = lx->p;
    enum Tok t;
    if (!*lx->p) { lx->text[0] = 0; return T_END; }
    if (isdigit((unsigned char)*lx->p)) {
        while (isdigit((unsigned char)*lx->p)) lx->p++;
        t = T_NUM;
    } else if (isalpha((unsigned char)*lx->p) || *lx->p == '_') {
        while (isalnum((unsigned char)*lx->p) || *lx->p == '_') lx->p++;
        t = T_IDENT;
    } else if (*lx->p == '"') {
        lx->p++;
        while (*lx->p && *lx->p != '"') lx->p++;
        if (!*lx->p) { strcpy(lx->text, "unterminated"); return T_ERR; }
        lx->p++;
        t = T_STR;
    } else if (strchr("+-*/=<>!(){};,", *lx->p)) {
        if ((lx->p[0] == '=' || lx->p[0] == '<' || lx->p[0] == '>' || lx->p[0] == '!') && lx->p[1] == '=') lx->p += 2;
        else lx->p++;
        t = T_OP;
    } else {
        lx->text[0] = *lx->p++;
        lx->text[1] = 0;
        return T_ERR;
    }
    size_t n = (size_t)(lx->p - start);
    if (n > 63) n = 63;
    memcpy(lx->text, start, n);
    lx->text[n] = 0;
    return t;
}

int main(void) {
    const char *srcs[] = {
        "int x_1 = 42 + y*(3-z);",
        "if (a <= b != c >= d) print(\"hi there\", 7);",
        "weird @ char",
        "s = \"open",
    };
    int i;
    for (i = 0; i < 4; i++) {
        struct Lexer lx;
        enum Tok t;
        int count = 0;
        lx.p = srcs[i];
        printf("--- %s\n", srcs[i]);
        do {
            t = next(&lx);
            printf("%s(%s) ", tok_names[t], lx.text);
            count++;
        } while (t != T_END && t != T_ERR);
        printf("\n%d tokens\n", count);
    }
    return 0;
}
