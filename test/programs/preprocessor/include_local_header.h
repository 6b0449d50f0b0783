#ifndef INCLUDE_LOCAL_HEADER_H
#define INCLUDE_LOCAL_HEADER_H

typedef struct { int num, den; } Frac;

static int gcd_(int a, int b) { while (b) { int t = a % b; a = b; b = t; } return a < 0 ? -a : a; }

static Frac frac(int n, int d) { int g = gcd_(n, d); Frac f; f.num = n / g; f.den = d / g; return f; }

#define FRAC_FMT "%d/%d"
#define FRAC_ARGS(f) (f).num, (f).den

#endif
