// Two declarations of a function that disagree.
// expect-error: 5:5: conflicting types for 'area'
// expect-error: 7:5: conflicting types for 'length'
int area(int w, int h);
int area(int w);
long length(void);
int length(void) { return 0; }
int main(void) { return 0; }
