// After 20 errors minic stops: the rest of the file is not reported.
// expect-error: 23:5: use of undeclared identifier 'a1'
// expect-error: 24:5: use of undeclared identifier 'a2'
// expect-error: 25:5: use of undeclared identifier 'a3'
// expect-error: 26:5: use of undeclared identifier 'a4'
// expect-error: 27:5: use of undeclared identifier 'a5'
// expect-error: 28:5: use of undeclared identifier 'a6'
// expect-error: 29:5: use of undeclared identifier 'a7'
// expect-error: 30:5: use of undeclared identifier 'a8'
// expect-error: 31:5: use of undeclared identifier 'a9'
// expect-error: 32:5: use of undeclared identifier 'a10'
// expect-error: 33:5: use of undeclared identifier 'a11'
// expect-error: 34:5: use of undeclared identifier 'a12'
// expect-error: 35:5: use of undeclared identifier 'a13'
// expect-error: 36:5: use of undeclared identifier 'a14'
// expect-error: 37:5: use of undeclared identifier 'a15'
// expect-error: 38:5: use of undeclared identifier 'a16'
// expect-error: 39:5: use of undeclared identifier 'a17'
// expect-error: 40:5: use of undeclared identifier 'a18'
// expect-error: 41:5: use of undeclared identifier 'a19'
// expect-error: 42:5: use of undeclared identifier 'a20'
int main(void) {
    a1 = 1;
    a2 = 2;
    a3 = 3;
    a4 = 4;
    a5 = 5;
    a6 = 6;
    a7 = 7;
    a8 = 8;
    a9 = 9;
    a10 = 10;
    a11 = 11;
    a12 = 12;
    a13 = 13;
    a14 = 14;
    a15 = 15;
    a16 = 16;
    a17 = 17;
    a18 = 18;
    a19 = 19;
    a20 = 20;
    a21 = 21;
    a22 = 22;
    return 0;
}
