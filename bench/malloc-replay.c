/* malloc-replay.c: replays a CS:APP malloc-lab trace (bench/traces/NAME.rep) through the
 * host's own malloc (glibc), for comparison with `minic heap-bench`.
 *
 *     gcc -O2 -o malloc-replay bench/malloc-replay.c
 *     ./malloc-replay [-r REPEATS] TRACE
 *
 * It prints one line:
 *     TRACE ops=N ops_per_sec=X peak_live=B peak_heap=B utilization=U
 * ops_per_sec is the best of REPEATS timed replays (default 5). peak_heap is the highest
 * the program break went above its starting point during one untimed replay made first
 * in a fresh process (hence one trace per run), with mmap disabled (M_MMAP_MAX 0) and no
 * top padding (M_TOP_PAD 0), so that every block lives in the brk heap as in minic;
 * utilization = peak_live / peak_heap. bench/malloc-compare.mjs builds this program and
 * puts its numbers beside minic's.
 */
#define _DEFAULT_SOURCE
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    char kind; /* 'a', 'r' or 'f' */
    int id;
    size_t size;
} op_t;

typedef struct {
    int ids;
    int n;
    op_t *ops;
} trace_t;

static int read_trace(const char *path, trace_t *t) {
    FILE *f = fopen(path, "r");
    long heap, ids, n, weight;
    int i;
    if (!f) {
        perror(path);
        return -1;
    }
    if (fscanf(f, "%ld %ld %ld %ld", &heap, &ids, &n, &weight) != 4 || ids < 0 || n < 0) {
        fprintf(stderr, "%s: bad header\n", path);
        fclose(f);
        return -1;
    }
    t->ids = (int)ids;
    t->n = (int)n;
    t->ops = malloc(sizeof(op_t) * (size_t)(n > 0 ? n : 1));
    for (i = 0; i < n; i++) {
        char k[2];
        long id, size = 0;
        if (fscanf(f, "%1s %ld", k, &id) != 2 || id < 0 || id >= ids ||
            (k[0] != 'f' && fscanf(f, "%ld", &size) != 1)) {
            fprintf(stderr, "%s: bad operation %d\n", path, i + 1);
            fclose(f);
            return -1;
        }
        t->ops[i].kind = k[0];
        t->ops[i].id = (int)id;
        t->ops[i].size = (size_t)size;
    }
    fclose(f);
    return 0;
}

/* One replay; frees whatever the trace left allocated. With track != 0, measures the
 * peak live payload and the peak break. */
static void replay(const trace_t *t, void **ptrs, size_t *sizes, int track, size_t *peak_live, size_t *peak_heap) {
    char *base = track ? sbrk(0) : NULL;
    size_t live = 0;
    int i;
    for (i = 0; i < t->n; i++) {
        const op_t *o = &t->ops[i];
        if (o->kind == 'a') {
            ptrs[o->id] = malloc(o->size);
            if (!ptrs[o->id] && o->size) { fprintf(stderr, "malloc failed\n"); exit(1); }
            if (o->size) ((char *)ptrs[o->id])[0] = 1;
            if (track) { live += o->size; sizes[o->id] = o->size; }
        } else if (o->kind == 'r') {
            void *p = realloc(ptrs[o->id], o->size);
            if (!p && o->size) { fprintf(stderr, "realloc failed\n"); exit(1); }
            ptrs[o->id] = p;
            if (track) { live += o->size - sizes[o->id]; sizes[o->id] = o->size; }
        } else {
            free(ptrs[o->id]);
            ptrs[o->id] = NULL;
            if (track) { live -= sizes[o->id]; sizes[o->id] = 0; }
        }
        if (track) {
            size_t h = (size_t)((char *)sbrk(0) - base);
            if (live > *peak_live) *peak_live = live;
            if (h > *peak_heap) *peak_heap = h;
        }
    }
    for (i = 0; i < t->ids; i++) {
        free(ptrs[i]);
        ptrs[i] = NULL;
    }
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    int repeats = 5, a = 1;
    if (argc > 2 && strcmp(argv[1], "-r") == 0) {
        repeats = atoi(argv[2]);
        a = 3;
    }
    if (a != argc - 1 || repeats < 1) {
        fprintf(stderr, "usage: %s [-r REPEATS] TRACE\n", argv[0]);
        return 2;
    }
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TOP_PAD, 0);
    for (; a < argc; a++) {
        trace_t t;
        void **ptrs;
        size_t *sizes, peak_live = 0, peak_heap = 0;
        double best = 0;
        int r;
        if (read_trace(argv[a], &t) != 0) return 1;
        ptrs = calloc((size_t)t.ids + 1, sizeof(void *));
        sizes = calloc((size_t)t.ids + 1, sizeof(size_t));
        replay(&t, ptrs, sizes, 1, &peak_live, &peak_heap);
        for (r = 0; r < repeats; r++) {
            double t0 = now(), dt;
            replay(&t, ptrs, sizes, 0, NULL, NULL);
            dt = now() - t0;
            if (dt > 0 && t.n / dt > best) best = t.n / dt;
        }
        printf("%s ops=%d ops_per_sec=%.0f peak_live=%zu peak_heap=%zu utilization=%.4f\n", argv[a], t.n, best, peak_live,
               peak_heap, peak_heap ? (double)peak_live / (double)peak_heap : 0.0);
        free(ptrs);
        free(sizes);
        free(t.ops);
    }
    return 0;
}
