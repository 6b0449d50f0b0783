#ifndef RPN_H
#define RPN_H
int rpn_eval(const char *expr, int *ok);
#endif
