#include <stdio.h>

int add(a, b)
    int a;
    int b;
{
    return a + b;
}

int scale(x, k)
    int x, k;
{
    return x * k;
}

int noproto();

int f()
{
    return 7;
}

int main()
{
    printf("%d %d %d\n", add(2, 3), scale(4, 5), f());
    printf("%d\n", noproto(10));
    return 0;
}

int noproto(n)
    int n;
{
    return n * n;
}
