/* malloc-walkthrough.c: "How does malloc actually allocate memory?", step by step.
 *
 * Run it with the dump to see each step in memory:
 *     minic run examples/malloc-walkthrough.c --dump
 *
 * minic's default allocator is first fit over an address-ordered free list. Each block
 * has a 4-byte header and a 4-byte footer (size | in-use bit), and payloads are 8-byte
 * aligned, so a request for n bytes takes a block of round_up(n + 8, 8) bytes. The heap
 * starts empty and grows through the brk system call 4096 bytes at a time.
 */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    /* 1. The heap is initially empty. The first malloc finds no free block, asks the
     *    "kernel" for memory with brk (the heap grows by one 4 KiB page) and carves A
     *    out of the start of it. */
    char *a = malloc(1000);
    printf("A = malloc(1000) -> %p\n", (void *)a);

    /* 2. B and C are placed right after A, in the same page: first fit takes the first
     *    free region, which is what is left of the page. */
    char *b = malloc(1000);
    printf("B = malloc(1000) -> %p (just after A)\n", (void *)b);
    char *c = malloc(1500);
    printf("C = malloc(1500) -> %p (just after B)\n", (void *)c);

    /* 3. free(B) marks B's block free: a 1008-byte hole between A and C. The 560 bytes
     *    at the end of the page are free too: 1568 free bytes in all. */
    free(b);
    printf("free(B): a 1008-byte hole now sits between A and C\n");

    /* 4. D needs a 1208-byte block. 1568 bytes are free, but no single hole is big enough
     *    (1008 and 560): that is fragmentation. First fit therefore extends the heap with
     *    brk; the new page joins the 560 free bytes at the top, and D goes there, above C. */
    char *d = malloc(1200);
    printf("D = malloc(1200) -> %p (above C: B's hole was too small)\n", (void *)d);

    /* A, C and D are deliberately not freed: the dump printed by --dump (or written by
     * --dump-json FILE) shows the heap as the program leaves it: A, B's hole, C, then D
     * above C, the break before and after, and the event log with the brk call between
     * free(B) and malloc(D)'s return. (At exit the whole heap goes back to the system.) */
    return 0;
}
