// A case label without its ':'.
// expect-error: 6:11: expected ':' after 'case'
int main(void) {
    int x = 1;
    switch (x) {
    case 1 return 1;
    }
    return 0;
}
