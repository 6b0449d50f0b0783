// An array of unknown size that is not a struct's last member is named as gcc names it,
// not as a member of incomplete type.
// expect-error: 5:22: flexible array member in union
// expect-error: 6:16: flexible array member not at end of struct
union u { int a; int b[]; };
struct s { int b[]; int a; };
struct t { int a; int b[]; };
