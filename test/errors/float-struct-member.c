// A double member; the rest of the struct is fine.
// expect-error: 3:25: floating point is not supported yet
struct sample { int id; double value; };
int main(void) {
    struct sample s;
    s.id = 1;
    return s.id;
}
