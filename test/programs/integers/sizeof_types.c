#include <stdio.h>
#include <stddef.h>

struct S { char c; int i; };
union U { char c[5]; int i; };
enum E { A, B };
typedef int Arr[7];

int main(void) {
    printf("char %d\n", (int)sizeof(char));
    printf("signed char %d\n", (int)sizeof(signed char));
    printf("unsigned char %d\n", (int)sizeof(unsigned char));
    printf("short %d\n", (int)sizeof(short));
    printf("unsigned short %d\n", (int)sizeof(unsigned short));
    printf("int %d\n", (int)sizeof(int));
    printf("unsigned %d\n", (int)sizeof(unsigned));
    printf("long %d\n", (int)sizeof(long));
    printf("unsigned long %d\n", (int)sizeof(unsigned long));
    printf("long long %d\n", (int)sizeof(long long));
    printf("_Bool %d\n", (int)sizeof(_Bool));
    printf("char* %d\n", (int)sizeof(char *));
    printf("void* %d\n", (int)sizeof(void *));
    printf("int** %d\n", (int)sizeof(int **));
    printf("fnptr %d\n", (int)sizeof(int (*)(int)));
    printf("size_t %d\n", (int)sizeof(size_t));
    printf("ptrdiff_t %d\n", (int)sizeof(ptrdiff_t));
    printf("struct S %d\n", (int)sizeof(struct S));
    printf("union U %d\n", (int)sizeof(union U));
    printf("enum E %d\n", (int)sizeof(enum E));
    printf("Arr %d\n", (int)sizeof(Arr));
    printf("int[3][4] %d\n", (int)sizeof(int[3][4]));
    printf("char[10] %d\n", (int)sizeof(char[10]));
    return 0;
}
