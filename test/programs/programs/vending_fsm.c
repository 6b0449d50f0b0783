#include <stdio.h>

/* A vending machine state machine driven by an event string. */
enum State { IDLE, HAS_MONEY, VENDING, OUT_OF_ORDER };
static const char *state_names[] = {"IDLE", "HAS_MONEY", "VENDING", "OUT_OF_ORDER"};

struct Machine { enum State st; int credit; int stock; int sales; int refunded; };

void handle(struct Machine *m, char ev) {
    enum State before = m->st;
    switch (m->st) {
    case IDLE:
        if (ev == 'c') { m->credit += 25; m->st = HAS_MONEY; }
        else if (ev == 'x') m->st = OUT_OF_ORDER;
        break;
    case HAS_MONEY:
        if (ev == 'c') m->credit += 25;
        else if (ev == 'r') { m->refunded += m->credit; m->credit = 0; m->st = IDLE; }
        else if (ev == 'b') {
            if (m->stock == 0) { m->refunded += m->credit; m->credit = 0; m->st = OUT_OF_ORDER; }
            else if (m->credit >= 75) { m->credit -= 75; m->st = VENDING; }
        }
        break;
    case VENDING:
        m->stock--; m->sales++;
        m->st = m->credit ? HAS_MONEY : IDLE;
        handle(m, ev);           /* the event is re-dispatched in the new state */
        return;
    case OUT_OF_ORDER:
        if (ev == 'f') { m->st = IDLE; m->stock = 2; }
        break;
    }
    if (before != m->st) printf("  %c: %s -> %s (credit %d)\n", ev, state_names[before], state_names[m->st], m->credit);
}

int main(void) {
    struct Machine m = {IDLE, 0, 2, 0, 0};
    const char *events = "cccb.cccccbr.ccrx.fcccb.ccccb.cccb";
    const char *e;
    for (e = events; *e; e++) {
        if (*e == '.') { printf("-- %s stock=%d sales=%d\n", state_names[m.st], m.stock, m.sales); continue; }
        handle(&m, *e);
    }
    printf("final %s credit=%d stock=%d sales=%d refunded=%d\n", state_names[m.st], m.credit, m.stock, m.sales, m.refunded);
    return m.sales;
}
