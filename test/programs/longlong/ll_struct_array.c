#include <stdio.h>

struct Acc { int id; long long balance; };

struct Acc deposit(struct Acc a, long long amt) { a.balance += amt; return a; }

int main(void) {
    struct Acc accs[3] = {{1, 5000000000LL}, {2, -1}, {3, 0}};
    int i;
    for (i = 0; i < 3; i++) accs[i] = deposit(accs[i], 0x100000000LL * (i + 1));
    for (i = 0; i < 3; i++) printf("%d %lld\n", accs[i].id, accs[i].balance);
    long long *p = &accs[1].balance;
    *p *= -1;
    printf("%lld\n", accs[1].balance);
    printf("%d\n", (int)sizeof(struct Acc));
    return 0;
}
