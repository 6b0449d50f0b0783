/* Included by pp-error-in-header.c. */
#ifndef CONFIGURED
#error this header needs CONFIGURED to be defined
#endif
