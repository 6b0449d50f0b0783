#include <stdio.h>

char buffer[32];
char *cursor = buffer;

void emit(const char *s) { while (*s) *cursor++ = *s++; *cursor = 0; }

int main(void) {
    emit("one");
    emit(",two");
    emit(",three");
    printf("%s %d\n", buffer, (int)(cursor - buffer));
    cursor = buffer + 4;
    emit("2");
    printf("%s\n", buffer);
    return 0;
}
