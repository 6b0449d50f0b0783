/* a tiny stack-machine interpreter written in C: dense switch dispatch, array stack */
#include <stdio.h>

#ifndef N
#define N 2000000
#endif

enum { PUSH, ADD, SUB, MUL, DUP, SWAP, JNZ, DEC, POP, HALT, MOD, XOR };

int prog[] = {
    PUSH, 0,            /* acc */
    PUSH, N,            /* counter */
    /* loop: (pc 4) */
    SWAP, DUP, PUSH, 31, MUL, PUSH, 7, ADD, PUSH, 1000003, MOD, SWAP, POP, SWAP, /* acc = (acc*31+7) % 1000003 ... */
    DEC, DUP, JNZ, 4,
    POP, HALT
};

int stack[64];

int run(int *code) {
    int pc = 0, sp = 0, a, b;
    for (;;) {
        switch (code[pc++]) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case ADD: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a + b; break;
        case SUB: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a - b; break;
        case MUL: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a * b; break;
        case MOD: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a % b; break;
        case XOR: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a ^ b; break;
        case DUP: a = stack[sp - 1]; stack[sp++] = a; break;
        case SWAP: a = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = a; break;
        case POP: sp--; break;
        case DEC: stack[sp - 1]--; break;
        case JNZ: a = stack[--sp]; if (a != 0) pc = code[pc]; else pc++; break;
        case HALT: return stack[sp - 1];
        default: return -1;
        }
    }
}

int main(void) {
    int i;
    unsigned sum = 0u;
    for (i = 0; i < 10; i++) {
        prog[3] = N + i;
        sum = sum * 31u + (unsigned)run(prog);
    }
    printf("bytecode checksum %u\n", sum);
    return 0;
}
