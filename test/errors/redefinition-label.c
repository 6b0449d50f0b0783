// A label defined twice in a function.
// expect-error: 7:1: redefinition of label 'top'
int main(void) {
    int i = 0;
top:
    i++;
top:
    if (i < 3) goto top;
    return i;
}
