// A typedef redefined with a different type.
// expect-error: 5:14: typedef redefinition with different types ('long' vs 'int')
typedef int number;
typedef int number;
typedef long number;
int main(void) { number n = 0; return (int)n; }
