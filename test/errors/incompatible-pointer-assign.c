// Assigning an 'int *' to a 'char *' needs a cast.
// expect-error: 7:8: incompatible pointer types assigning to 'char *' from 'int *'
int main(void) {
    int x = 65;
    int *ip = &x;
    char *cp;
    cp = ip;
    return *cp;
}
