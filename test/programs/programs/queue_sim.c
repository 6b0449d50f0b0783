#include <stdio.h>

/* Deterministic bank queue simulation with a circular buffer. */
#define QCAP 32

struct Customer { int id, arrival, service; };
static struct Customer q[QCAP];
static int qh, qn;

static void enqueue(struct Customer c) { q[(qh + qn++) % QCAP] = c; }
static struct Customer dequeue(void) { struct Customer c = q[qh]; qh = (qh + 1) % QCAP; qn--; return c; }

int main(void) {
    unsigned lcg = 7;
    int t, next_id = 1, busy_until = 0, served = 0, total_wait = 0, max_wait = 0, max_len = 0;
    struct Customer current = {0, 0, 0};
    for (t = 0; t < 120; t++) {
        lcg = lcg * 1664525u + 1013904223u;
        if ((lcg >> 24) % 3 == 0 && qn < QCAP) {
            struct Customer c;
            c.id = next_id++;
            c.arrival = t;
            c.service = 1 + (int)((lcg >> 8) % 5);
            enqueue(c);
        }
        if (qn > max_len) max_len = qn;
        if (t >= busy_until && qn > 0) {
            current = dequeue();
            int wait = t - current.arrival;
            total_wait += wait;
            if (wait > max_wait) max_wait = wait;
            busy_until = t + current.service;
            served++;
            if (served <= 5) printf("t=%3d serve #%d (arrived %d, service %d, waited %d)\n", t, current.id, current.arrival, current.service, wait);
        }
    }
    printf("arrived %d served %d waiting %d\n", next_id - 1, served, qn);
    printf("total wait %d, max wait %d, max queue %d\n", total_wait, max_wait, max_len);
    printf("last served #%d\n", current.id);
    return 0;
}
