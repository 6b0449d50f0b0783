// A static object larger than the machine's largest memory (1 GiB) could never be loaded:
// an error at its name, before 2 GB of initialized bytes are built.
// expect-error: 5:6: 'table' is too large: 2147483632 bytes, and the machine's memory is at most 1 GiB
// expect-error: 6:6: 'zeros' is too large: 1073741825 bytes, and the machine's memory is at most 1 GiB
char table[0x7ffffff0] = {1};
char zeros[0x40000001];
char fits[0x40000000];
