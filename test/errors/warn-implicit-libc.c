// Forgetting #include <stdio.h>: printf is implicitly declared, with a warning.
// expect-warning: 5:5: implicit declaration of function 'printf' is invalid in C99
// expect-warning: 6:5: implicit declaration of function 'puts' is invalid in C99
int main(void) {
    printf("hello\n");
    puts("world");
    return 0;
}
