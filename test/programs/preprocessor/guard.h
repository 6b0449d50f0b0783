#ifndef GUARD_H
#define GUARD_H

#define GUARD_VALUE 123

struct guarded { int a, b; };

static int guarded_twice(int x) { return 2 * x; }

#endif
