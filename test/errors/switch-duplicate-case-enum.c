// Two enumerators with the same value make a duplicate case.
// expect-error: 8:10: duplicate case value '2'
enum level { LOW = 1, MEDIUM = 2, HIGH = 2 };
int score(enum level l) {
    switch (l) {
    case LOW: return 1;
    case MEDIUM: return 2;
    case HIGH: return 3;
    }
    return 0;
}
int main(void) { return score(LOW); }
