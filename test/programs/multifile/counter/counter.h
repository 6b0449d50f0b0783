#ifndef COUNTER_H
#define COUNTER_H

extern int counter_total;          /* defined in counter.c */
extern const char *counter_name;

void counter_add(int n);
int counter_get(void);

#endif
