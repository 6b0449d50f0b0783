/* hello.c: the smallest complete program.
 * Try: minic run examples/hello.c --dump
 * The dump shows where the string literal lives (rodata, read-only) and that the heap
 * stays empty: printf buffers its output in stdout's buffer inside libc's bss. */
#include <stdio.h>

int main(void) {
    printf("hello, world\n");
    return 0;
}
