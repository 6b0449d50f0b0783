/* Digraphs (C99 6.4.6p3) and trigraphs (5.2.1.1), as gcc -std=c99 reads them. */
%:include <stdio.h>
%:define CAT(a, b) a %:%: b
%:define STR(x) %:x
??=define SHOUT "what??!"

struct point <% int x, y; %>;

int main(void) <%
    int CAT(ar, r)<:3:> = <%1, 2, 3%>;
    struct point p = <% .x = 4, .y = 5 %>;
    int m = 7 % 3, g = m % 2 > 0 ? 5 : 6; /* "% 2 >", not "%>" */
    printf("%d %d %d %d\n", arr<:0:> + arr<:2:>, p.x * p.y, m, g);
    printf("%s %s\n", STR(<: 1 :>), STR(<%%>));
    int a??(2??) = ??< 6, 3 ??>;
    printf("%s %d %d %d %d\n", SHOUT, a[0] ??' a[1], ??-a[1], a[0] ??! a[1], a[0] ??!??! 0);
    // this comment continues on the next line??/
    printf("not printed\n");
    printf("(??) ?? ??? ?\?!\n");
    printf("??/x41\n");
    return 0;
%>
