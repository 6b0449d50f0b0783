#include <stdio.h>

#define X 1
int a = X;
#undef X
#define X 2
int b = X;
#undef X
#ifdef X
int c = 100;
#else
int c = 3;
#endif
#undef NEVER_DEFINED
#define F(x) ((x) + 1)
int d = F(1);
#undef F
#define F(x) ((x) * 10)
int e = F(1);

int main(void) {
    printf("%d %d %d %d %d\n", a, b, c, d, e);
    return 0;
}
