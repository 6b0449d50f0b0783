// A flexible array member must follow at least one named member.
// expect-error: 5:16: flexible array member in a struct with no named members
// expect-error: 6:32: flexible array member in a struct with no named members
struct ok { int n; char data[]; };
struct s { int a[]; };
typedef struct { unsigned char bytes[]; } blob;
int main(void) {
    return (int)sizeof(struct ok) - 4;
}
