#include <stdio.h>

#define LOG(fmt, ...) printf("[log] " fmt "\n", __VA_ARGS__)
#define CALL(f, ...) f(__VA_ARGS__)
#define COUNT_ARGS(...) COUNT_IMPL(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define COUNT_IMPL(a, b, c, d, e, n, ...) n
#define STRALL(...) #__VA_ARGS__
#define FIRST(x, ...) x

int add3(int a, int b, int c) { return a + b + c; }

int main(void) {
    LOG("%d + %d = %d", 2, 3, 5);
    LOG("%s", "just one");
    printf("%d\n", CALL(add3, 1, 2, 3));
    printf("%d %d %d\n", COUNT_ARGS(a), COUNT_ARGS(a, b, c), COUNT_ARGS(1, 2, 3, 4, 5));
    printf("%s\n", STRALL(x, y,   z));
    printf("%d\n", FIRST(10, 20, 30));
    return 0;
}
