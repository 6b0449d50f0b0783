// restrict qualifies only pointers to objects; it is reported at the keyword (gcc
// reports the start of the declaration).
// expect-error: 10:5: invalid use of 'restrict'
// expect-error: 11:1: invalid use of 'restrict'
// expect-error: 12:7: invalid use of 'restrict'
// expect-error: 13:34: invalid use of 'restrict'
// expect-error: 14:5: invalid use of 'restrict'
typedef int *intptr;
typedef int row[4];
int restrict count;
restrict int *first;
int (*restrict handler)(void);
void copy(int a[restrict 4], int restrict n);
row restrict grid;
intptr restrict fine;
int *restrict also_fine;
static void move(char *restrict to, const char *restrict from) { *to = *from; }
int main(void) {
    char a = 'x', b = 0;
    move(&b, &a);
    return b != 'x';
}
