// A variable cannot switch between internal and external linkage.
// expect-error: 5:5: non-static declaration of 'hidden' follows static declaration
// expect-error: 7:12: static declaration of 'shown' follows non-static declaration
static int hidden;
int hidden;
int shown;
static int shown;
int main(void) { return hidden + shown; }
