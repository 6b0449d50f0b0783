// Valid: the same case value in a nested switch is not a duplicate; enum constants are labels.
enum { ONE = 1, TWO };
int classify(int a, int b) {
    switch (a) {
    case ONE:
        switch (b) {
        case ONE: return 11;
        case TWO: return 12;
        }
        return 10;
    case TWO:
        return 20;
    }
    return 0;
}
int main(void) { return classify(1, 2); }
