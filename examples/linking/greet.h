/* greet.h: what main.c needs to know about greet.c. */
#ifndef GREET_H
#define GREET_H

extern int greetings;           /* defined in greet.c (data) */
void greet(const char *name);   /* defined in greet.c (text) */

#endif
