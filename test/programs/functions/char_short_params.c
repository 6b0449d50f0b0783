#include <stdio.h>

char to_char(int x) { return x; }
unsigned char to_uchar(int x) { return x; }
short to_short(int x) { return x; }
unsigned short to_ushort(int x) { return x; }
int take_char(char c) { return c; }
int take_uchar(unsigned char c) { return c; }
int take_short(short s) { return s; }
_Bool to_bool(int x) { return x; }

int main(void) {
    printf("%d %d %d %d\n", to_char(200), to_uchar(-1), to_short(40000), to_ushort(-2));
    printf("%d %d %d\n", take_char(300), take_uchar(300), take_short(70000));
    printf("%d %d\n", to_bool(0), to_bool(-5));
    int v = to_char(127) + 1;
    printf("%d\n", v);
    char c = to_char('a' + 256);
    printf("%c\n", c);
    return 0;
}
