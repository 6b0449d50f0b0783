// A const member cannot be assigned, nor can a struct holding one.
// expect-error: 9:10: cannot assign to member 'id' with const-qualified type 'const int'
// expect-error: 10:7: cannot assign to a struct with const-qualified member 'id'
struct account { const int id; int balance; };
int main(void) {
    struct account a = {1, 100};
    struct account b = {2, 50};
    a.balance = 10;
    a.id = 3;
    a = b;
    return a.balance;
}
