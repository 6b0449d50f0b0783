// A function cannot return an array or a function.
// expect-error: 4:8: function cannot return array type
typedef int triple[3];
triple make(void);
int main(void) { return 0; }
