#include <stdio.h>
#include <string.h>

struct Emp { char name[12]; int age; int salary; };

int cmp(const struct Emp *a, const struct Emp *b) {
    if (a->age != b->age) return a->age - b->age;
    return strcmp(a->name, b->name);
}

int main(void) {
    struct Emp e[5] = {{"zed", 30, 100}, {"amy", 25, 200}, {"bob", 30, 150}, {"cat", 25, 120}, {"dan", 40, 90}};
    int i, j;
    for (i = 0; i < 5; i++)
        for (j = 0; j < 4 - i; j++)
            if (cmp(&e[j], &e[j + 1]) > 0) { struct Emp t = e[j]; e[j] = e[j + 1]; e[j + 1] = t; }
    for (i = 0; i < 5; i++) printf("%s %d %d\n", e[i].name, e[i].age, e[i].salary);
    return 0;
}
