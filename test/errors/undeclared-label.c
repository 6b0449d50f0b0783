// goto to a label that does not exist in the function.
// expect-error: 8:10: use of undeclared label 'finish'
int main(void) {
    int i = 0;
again:
    i++;
    if (i < 3) goto again;
    goto finish;
    return i;
}
