// ++, -- and compound assignment modify their operand too.
// expect-error: 7:5: cannot assign to variable 'n' with const-qualified type 'const int'
// expect-error: 8:5: cannot assign to variable 'n' with const-qualified type 'const int'
// expect-error: 9:7: cannot assign to variable 'n' with const-qualified type 'const int'
int main(void) {
    const int n = 1;
    n++;
    --n;
    n += 2;
    return n;
}
