#include <stdio.h>

void fill(void *dst, int n, int size, int value) {
    unsigned char *p = dst;
    int i;
    for (i = 0; i < n * size; i++) p[i] = (unsigned char)value;
}

int main(void) {
    int x = 42;
    void *v = &x;
    int *ip = v;
    printf("%d\n", *ip);
    printf("%d\n", *(int *)v);
    char buf[8];
    fill(buf, 8, 1, 'z');
    buf[7] = 0;
    printf("%s\n", buf);
    int arr[3];
    fill(arr, 3, sizeof(int), 0x01);
    printf("%d %x\n", arr[0], (unsigned)arr[2]);
    void *a = arr, *b = &arr[2];
    printf("%d\n", (int)((char *)b - (char *)a));
    printf("%d\n", a == (void *)arr);
    unsigned u = 0x11223344;
    unsigned char *bytes = (unsigned char *)(void *)&u;
    printf("%x %x %x %x\n", bytes[0], bytes[1], bytes[2], bytes[3]);
    return 0;
}
