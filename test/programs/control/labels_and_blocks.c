#include <stdio.h>

int main(void) {
    int state = 0, steps = 0;
start:
    steps++;
    switch (state) {
    case 0: state = 2; goto start;
    case 1: state = 3; goto start;
    case 2: state = 1; goto start;
    default: break;
    }
    printf("%d %d\n", state, steps);
    {
        int i = 0;
    again:
        {
            int sq = i * i;
            printf("%d ", sq);
        }
        if (++i < 4) goto again;
        printf("\n");
    }
    label_on_empty: ;
    return 0;
}
