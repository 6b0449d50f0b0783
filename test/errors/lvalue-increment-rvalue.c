// ++ and -- need a modifiable lvalue.
// expect-error: 6:5: expression is not assignable
// expect-error: 7:6: expression is not assignable
int main(void) {
    int x = 1;
    ++5;
    (x + 1)--;
    return x;
}
