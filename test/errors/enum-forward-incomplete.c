// A forward-referenced enum is incomplete until its definition, as in gcc: no sizeof, no
// value through a pointer, no call returning it, no pointer arithmetic, no assignment;
// `&*p`, pointer comparison and a file-scope tentative definition completed later are fine.
// expect-error: 11:30: invalid application of 'sizeof' to an incomplete type 'enum mode'
// expect-error: 12:34: incomplete type 'enum mode' where a complete type is required
// expect-error: 13:39: calling function with incomplete return type 'enum mode'
// expect-error: 14:42: arithmetic on a pointer to an incomplete type 'enum mode'
// expect-error: 15:29: incomplete type 'enum mode' is not assignable
enum mode;
enum mode m;
int size(void) { return (int)sizeof(enum mode); }
int value(enum mode *p) { return *p; }
enum mode pick(void); int use(void) { pick(); return 0; }
enum mode *next(enum mode *p) { return p + 1; }
void set(enum mode *p) { *p = 0; }
enum mode *same(enum mode *p) { return &*p; }
int eq(enum mode *a, enum mode *b) { return a == b; }
enum mode { OFF, ON };
int main(void) { return 0; }
