// A struct or union whose size does not fit in 31 bits is an error at its definition, as
// in gcc (its size used to wrap and its sizeof to be wrong).
// expect-error: 6:1: type 'struct Big' is too large
// expect-error: 7:14: type 'struct (anonymous)' is too large
// expect-error: 7:1: type 'union Pair' is too large
struct Big { char a[0x7fffffff]; char b[0x7fffffff]; };
union Pair { struct { char a[0x40000000]; char b[0x40000000]; } both; char one; };
struct Fits { char a[0x7ffffff0]; int b; };
union AlsoFits { char a[0x7fffffff]; char b[0x7fffffff]; };
