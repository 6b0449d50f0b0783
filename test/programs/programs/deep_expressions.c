/* Deeply nested expressions (generated: unsigned and unsigned long long, so that every
 * operation wraps instead of overflowing): more operands are held at once than the
 * expression stack has registers, so the compiler spills them (compiler/codegen-spill.ts). */
#include <stdio.h>
struct S { unsigned x; unsigned long long y; } s = {7u, 9ull};
unsigned arr[4] = {1u, 2u, 3u, 4u}; unsigned long long larr[4] = {5ull, 6ull, 7ull, 8ull};
unsigned f(unsigned v) { return v * 3u + 1u; }
unsigned long long g(unsigned long long v) { return v * 5ull + 2ull; }
unsigned hu(unsigned p, unsigned q) { return p ^ (q << 1); }
unsigned long long hL(unsigned long long p, unsigned long long q) { return p ^ (q << 1); }
int main(void) { unsigned a = 3u, b = 11u, c = 0x9e3779b9u; unsigned long long A = 0x123456789ull, B = 17ull, C = 0xfedcba9876543210ull; int i = 1;
  printf("%u\n", (unsigned)(s.x * (c ^ hu((((c & b) / ((((s.x << (((((c * a) / (arr[i & 3] | 1u)) << (f(a) & 31)) + s.x) & 31)) / ((arr[i & 3] * (57u ^ (c | (a & s.x)))) | 1u)) | ((arr[i & 3] - (a + ((c < a) / ((b ? 32u : c) | 1u)))) < ((a ? f(a) : 94u) & (b - f(a))))) | 1u)) & hu((arr[i & 3] < ((arr[i & 3] - hu(c, (a ^ 18u))) * (hu(f(a), 84u) & (c ^ 9u)))), (((14u < b) << (c & 31)) < f(a)))), hu(hu((((a - (c ^ c)) << ((unsigned)(((unsigned long long)(hu(arr[i & 3], f(a))) < (s.y / (larr[i & 3] | 1ull)))) & 31)) + (unsigned)(((unsigned)(15ull) ? (larr[i & 3] * (B / (86ull | 1ull))) : (larr[i & 3] << (b & 31))))), ((f(a) & (f(a) & (hu(arr[i & 3], f(a)) - f(a)))) + arr[i & 3])), ((unsigned)(64ull) & f(a)))))));
  printf("%u\n", (unsigned)((unsigned)(((C ^ (A * ((a ^ ((a | f(a)) ? (a | hu(arr[i & 3], a)) : (f(a) < b))) ? (larr[i & 3] ^ (hL((s.y * (C << (f(a) & 31))), (89ull + (22ull * (g(A) * hL(B, g(A)))))) << (((s.x * f(a)) << ((b - (a & f(a))) & 31)) & 31))) : (35ull - (((((g(A) < C) < (C ^ C)) - (A | A)) - ((A & g(A)) < (a ? g(A) : B))) ^ (61u ? (91ull < C) : hL(s.y, C))))))) | (A + (((s.x + 97u) < (b & b)) ? (26ull * A) : ((a / (c | 1u)) ? (unsigned long long)((unsigned)(s.y)) : (s.y + B)))))) / ((c & s.x) | 1u)));
  printf("%u\n", (unsigned)(34u - ((unsigned)((unsigned long long)((s.x ^ ((c * a) - (a - ((arr[i & 3] ^ (((((c < b) << (f(a) & 31)) / ((a + a) | 1u)) + (39u ? (unsigned)(larr[i & 3]) : (c < c))) | ((arr[i & 3] & a) < (a < s.x)))) - (((77u - s.x) | (40u * a)) * (b * arr[i & 3])))))))) - s.x)));
  printf("%llu\n", (unsigned long long)(((unsigned long long)((((c - (a - (18u + f(a)))) ^ ((a << (60u & 31)) << ((72u < arr[i & 3]) & 31))) ? (s.x + (c * hu(((arr[i & 3] & (s.x / (((b << (a & 31)) & hu(a, c)) | 1u))) * ((arr[i & 3] + (arr[i & 3] + (c & ((arr[i & 3] | 69u) < (a & f(a)))))) * (c & ((unsigned)(52ull) / (f(a) | 1u))))), (s.x ? b : ((c & (f(a) < a)) - arr[i & 3]))))) : s.x)) < (unsigned long long)(((unsigned)(C) * (a ^ ((12u - b) ? ((b / (s.x | 1u)) * hu(a, arr[i & 3])) : (a & f(a))))))) ^ A));
  printf("%u\n", (unsigned)((((32u ^ ((unsigned)(C) / ((c - (c | hu(s.x, a))) | 1u))) ? (arr[i & 3] ? (s.x < (((((s.x & ((s.x & ((c ? arr[i & 3] : f(a)) < (s.x * f(a)))) / ((s.x ? (arr[i & 3] ? f(a) : b) : (f(a) - b)) | 1u))) + ((a ? f(a) : b) ? (arr[i & 3] ? (c - b) : (34u < a)) : (a * f(a)))) * (unsigned)((B + (larr[i & 3] & larr[i & 3])))) - (((a & (arr[i & 3] - 67u)) / ((f(a) - s.x) | 1u)) & (b - (a - c)))) ^ (unsigned)((g(A) / ((C | B) | 1ull))))) : ((((a * b) * (c ? 59u : s.x)) / ((s.x / (84u | 1u)) | 1u)) ? a : (unsigned)(((((larr[i & 3] * B) ^ (unsigned long long)(s.x)) << ((80u & arr[i & 3]) & 31)) < ((C / (larr[i & 3] | 1ull)) < (larr[i & 3] + larr[i & 3])))))) : ((s.x + (arr[i & 3] < (c - c))) ? (f(a) - (unsigned)(s.y)) : ((a - f(a)) | (b + s.x)))) ^ hu(((((a + s.x) << (((unsigned)(A) ? hu((unsigned)((larr[i & 3] - C)), (c / (arr[i & 3] | 1u))) : f(a)) & 31)) - b) / (((hu((64u | (2u / (s.x | 1u))), (arr[i & 3] ^ 18u)) / (((s.x * c) ^ (b < s.x)) | 1u)) << (((s.x ^ s.x) * (a & f(a))) & 31)) | 1u)), (s.x ? ((5u ^ (unsigned)((B & 23ull))) & (a + (9u / (a | 1u)))) : b))) & (((21u * ((s.x * (((arr[i & 3] - f(a)) << ((f(a) | (arr[i & 3] - 96u)) & 31)) + ((f(a) * (a << (s.x & 31))) << ((62u ^ s.x) & 31)))) - (((81u + (a + c)) / ((arr[i & 3] - 79u) | 1u)) < (c | (f(a) ^ c))))) < (c * ((s.x << (arr[i & 3] & 31)) ? c : (s.x * (arr[i & 3] - c))))) / (((b ^ (((arr[i & 3] / (s.x | 1u)) * (4u ? b : s.x)) & (96u - c))) & c) | 1u))));
  printf("%llu\n", (unsigned long long)(31ull - (s.y / ((A | (A + (g(A) & ((s.y + (19ull | (23ull & C))) << ((a ^ (c ^ b)) & 31))))) | 1ull))));
  printf("%llu\n", (unsigned long long)(larr[i & 3] * (80ull & B)));
  printf("%u\n", (unsigned)(s.x << ((s.x - ((f(a) ^ 52u) < (b ? f(a) : s.x))) & 31)));
  printf("%u\n", (unsigned)hu(hu(((b + ((unsigned)((larr[i & 3] & hL(B, (s.x ? (((larr[i & 3] ^ g(A)) - (s.y & C)) & hL(A, A)) : ((92u ? A : g(A)) | (g(A) ^ 68ull)))))) / ((hu((arr[i & 3] ^ ((32u << (20u & 31)) - (unsigned)(C))), (b * (f(a) ^ s.x))) + ((s.x ? 3u : a) / ((a << (s.x & 31)) | 1u))) | 1u))) << ((unsigned)(larr[i & 3]) & 31)), ((f(a) - ((f(a) & ((f(a) ? (f(a) / (b | 1u)) : (s.x * b)) / (hu(c, arr[i & 3]) | 1u))) / (hu((arr[i & 3] - s.x), (c + a)) | 1u))) * (((f(a) ^ a) - (53u | s.x)) / ((c & 46u) | 1u)))), (s.x * ((f(a) - ((((s.x * 98u) / ((b ? a : f(a)) | 1u)) * (s.x & b)) < ((arr[i & 3] + c) / ((arr[i & 3] < c) | 1u)))) < ((s.x - (25u * f(a))) * 29u)))));
  printf("%u\n", (unsigned)(74u | ((s.x * hu((s.x | 77u), (unsigned)(C))) / ((arr[i & 3] + (18u / (b | 1u))) | 1u))));
  printf("%llu\n", (unsigned long long)((g(A) ^ s.y) ^ 75ull));
  printf("%u\n", (unsigned)(a - (arr[i & 3] << (hu((23u ^ (b & (unsigned)((59ull + B)))), (c * ((c ^ b) < (a - b)))) & 31))));
  { long long h = 1, x = 3;
    printf("%lld\n", h + x * (h + x * (h + x * (h + x * (h + x * (h + x * h))))));
    int q = 1, y = 2;
    printf("%d\n", q + (q + (q + (q + (q + (q + (q + (q + (q + (q + (q + (q + (q + (q + (q + (q + (q + y))))))))))))))))); }
  return 0; }

/* hand-written: a Horner polynomial in long long, and a right-nested int sum */
