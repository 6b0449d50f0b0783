/* kr-malloc.c: your own allocator, in the style of K&R (The C Programming Language,
 * section 8.7): a circular free list in address order, first fit from where the last
 * search stopped, blocks carved from the END of a free block, coalescing on free, and
 * more memory from the "kernel" with sbrk.
 *
 *     minic run examples/kr-malloc.c --dump
 *
 * Because the program defines malloc and free, the linker does not pull libc's malloc.o
 * in: the dump shows "Heap blocks: none (malloc was not linked)", but its event log shows
 * every brk this allocator made through sbrk (the VM logs brk at the trap, whoever calls
 * it). calloc and strdup still work: libc's versions call the program's malloc. realloc
 * does not: only libc's malloc.o has it, so calling realloc here would link malloc.o too
 * and the link would fail with "multiple definition of 'malloc'" (define realloc too).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef long long Align; /* the most restrictive type: headers (and payloads) are 8-aligned */

union header {
    struct {
        union header *next; /* next block on the free list */
        unsigned size;      /* size of this block, in header units, header included */
    } s;
    Align x;
};
typedef union header Header;

static Header base;            /* an empty list to get started */
static Header *freep = NULL;   /* where the last search stopped */
static int sbrk_calls = 0;

#define NALLOC 512 /* ask sbrk for at least this many units (4 KiB) at a time */

void free(void *ap) {
    Header *bp, *p;
    if (ap == NULL) return;
    bp = (Header *)ap - 1;
    for (p = freep; !(bp > p && bp < p->s.next); p = p->s.next)
        if (p >= p->s.next && (bp > p || bp < p->s.next)) break; /* at one end of the arena */
    if (bp + bp->s.size == p->s.next) { /* join with the upper neighbour */
        bp->s.size += p->s.next->s.size;
        bp->s.next = p->s.next->s.next;
    } else
        bp->s.next = p->s.next;
    if (p + p->s.size == bp) { /* join with the lower neighbour */
        p->s.size += bp->s.size;
        p->s.next = bp->s.next;
    } else
        p->s.next = bp;
    freep = p;
}

static Header *morecore(unsigned nu) {
    char *cp;
    Header *up;
    if (nu < NALLOC) nu = NALLOC;
    cp = sbrk(nu * sizeof(Header));
    if (cp == (char *)-1) return NULL; /* no space at all */
    sbrk_calls++;
    up = (Header *)cp;
    up->s.size = nu;
    free((void *)(up + 1));
    return freep;
}

void *malloc(size_t nbytes) {
    Header *p, *prevp;
    unsigned nunits = (nbytes + sizeof(Header) - 1) / sizeof(Header) + 1;
    if ((prevp = freep) == NULL) { /* no free list yet */
        base.s.next = freep = prevp = &base;
        base.s.size = 0;
    }
    for (p = prevp->s.next;; prevp = p, p = p->s.next) {
        if (p->s.size >= nunits) { /* big enough */
            if (p->s.size == nunits)   /* exactly */
                prevp->s.next = p->s.next;
            else { /* allocate the tail end */
                p->s.size -= nunits;
                p += p->s.size;
                p->s.size = nunits;
            }
            freep = prevp;
            return (void *)(p + 1);
        }
        if (p == freep) /* wrapped around the free list */
            if ((p = morecore(nunits)) == NULL) return NULL;
    }
}

int main(void) {
    char *heap0 = sbrk(0);
    char *a = malloc(100);
    char *b = malloc(200);
    char *c = malloc(300);
    char *d, *e, *s;
    int *z;
    printf("the heap starts at %p\n", (void *)heap0);
    printf("a = malloc(100) -> heap + %d\n", (int)(a - heap0));
    printf("b = malloc(200) -> heap + %d (carved from the end: below a)\n", (int)(b - heap0));
    printf("c = malloc(300) -> heap + %d\n", (int)(c - heap0));
    free(b);
    d = malloc(150);
    printf("free(b); d = malloc(150) -> heap + %d (inside b's old block)\n", (int)(d - heap0));
    e = malloc(6000);
    printf("e = malloc(6000) -> heap + %d (needed more core: %d sbrk calls so far)\n", (int)(e - heap0), sbrk_calls);
    z = calloc(4, sizeof(int));
    s = strdup("calloc and strdup use this malloc");
    printf("calloc: %d %d %d %d; strdup: \"%s\"\n", z[0], z[1], z[2], z[3], s);
    free(a);
    free(c);
    free(d);
    free(e);
    free(z);
    free(s);
    printf("the break is now heap + %d: K&R's free never gives memory back\n", (int)((char *)sbrk(0) - heap0));
    return 0;
}
