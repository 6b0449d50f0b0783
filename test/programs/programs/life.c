#include <stdio.h>
#include <string.h>

#define W 20
#define H 12

static char grid[H][W], next[H][W];

int neighbours(int r, int c) {
    int dr, dc, n = 0;
    for (dr = -1; dr <= 1; dr++)
        for (dc = -1; dc <= 1; dc++) {
            if (!dr && !dc) continue;
            int rr = (r + dr + H) % H, cc = (c + dc + W) % W;   /* torus */
            n += grid[rr][cc];
        }
    return n;
}

void step(void) {
    int r, c;
    for (r = 0; r < H; r++)
        for (c = 0; c < W; c++) {
            int n = neighbours(r, c);
            next[r][c] = grid[r][c] ? (n == 2 || n == 3) : n == 3;
        }
    memcpy(grid, next, sizeof grid);
}

void show(int gen) {
    int r, c, alive = 0;
    printf("gen %d\n", gen);
    for (r = 0; r < H; r++) {
        for (c = 0; c < W; c++) { putchar(grid[r][c] ? '#' : '.'); alive += grid[r][c]; }
        putchar('\n');
    }
    printf("alive %d\n", alive);
}

int main(void) {
    /* glider, blinker and a block */
    grid[0][1] = grid[1][2] = grid[2][0] = grid[2][1] = grid[2][2] = 1;
    grid[5][10] = grid[5][11] = grid[5][12] = 1;
    grid[9][15] = grid[9][16] = grid[10][15] = grid[10][16] = 1;
    int g;
    show(0);
    for (g = 1; g <= 8; g++) { step(); if (g % 4 == 0) show(g); }
    for (; g <= 60; g++) step();
    show(60);
    return 0;
}
