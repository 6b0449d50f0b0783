#include <stdio.h>

int main(void) {
    printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%+5d] [%-+5d]\n", 42, 42, 42, 42, 42, 42, 42);
    printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", -42, -42, -42, -42, -42);
    printf("[%1d] [%2d] [%10d]\n", 12345, 12345, 12345);
    printf("[%x] [%#x] [%#X] [%#o] [%#o] [%#x]\n", 255, 255, 255, 8, 0, 0);
    printf("[%08x] [%#010x] [%-#10x]\n", 0xbeef, 0xbeef, 0xbeef);
    printf("[% 05d] [%+05d] [%-05d]\n", 7, 7, 7);
    printf("[%10s] [%-10s] [%3s]\n", "right", "left", "toolong");
    printf("[%5c] [%-5c]\n", 'x', 'y');
    printf("[%u] [%5u] [%-5u|]\n", 3000000000u, 7u, 7u);
    return 0;
}
