#include <stdio.h>

static int pegs[3][10], heights[3];
static int moves;

static void move_disk(int from, int to) {
    int d = pegs[from][--heights[from]];
    if (heights[to] && pegs[to][heights[to] - 1] < d) printf("illegal move!\n");
    pegs[to][heights[to]++] = d;
    moves++;
}

static void hanoi(int n, int from, int to, int via, int verbose) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to, verbose);
    if (verbose) printf("disk %d: %c -> %c\n", n, 'A' + from, 'A' + to);
    move_disk(from, to);
    hanoi(n - 1, via, to, from, verbose);
}

int main(void) {
    int n, i;
    for (n = 1; n <= 10; n++) {
        heights[0] = heights[1] = heights[2] = 0;
        for (i = n; i >= 1; i--) pegs[0][heights[0]++] = i;
        moves = 0;
        hanoi(n, 0, 2, 1, n == 3);
        printf("n=%d moves=%d final heights %d %d %d\n", n, moves, heights[0], heights[1], heights[2]);
    }
    return 0;
}
