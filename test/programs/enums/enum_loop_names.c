#include <stdio.h>

enum Fruit { APPLE, BANANA, CHERRY, FRUIT_COUNT };

const char *fruit_name(enum Fruit f) {
    switch (f) {
    case APPLE: return "apple";
    case BANANA: return "banana";
    case CHERRY: return "cherry";
    default: return "unknown";
    }
}

int main(void) {
    enum Fruit f;
    for (f = APPLE; f < FRUIT_COUNT; f++) printf("%d=%s\n", f, fruit_name(f));
    printf("%s\n", fruit_name(FRUIT_COUNT));
    return 0;
}
