#include <stdio.h>
#include <inttypes.h>
#include <stdint.h>
#include <limits.h>
#include <stddef.h>

/* Every C99 <inttypes.h> format macro, the <stdint.h>/<limits.h> limits, and the
   <inttypes.h> functions, as glibc on i386 defines them. */
int main(void) {
    puts("PRId8=" PRId8 " " "PRId16=" PRId16 " " "PRId32=" PRId32 " " "PRId64=" PRId64 " " "PRIdLEAST8=" PRIdLEAST8 " " "PRIdLEAST16=" PRIdLEAST16 " " "PRIdLEAST32=" PRIdLEAST32);
    puts("PRIdLEAST64=" PRIdLEAST64 " " "PRIdFAST8=" PRIdFAST8 " " "PRIdFAST16=" PRIdFAST16 " " "PRIdFAST32=" PRIdFAST32 " " "PRIdFAST64=" PRIdFAST64 " " "PRIdMAX=" PRIdMAX " " "PRIdPTR=" PRIdPTR);
    puts("PRIi8=" PRIi8 " " "PRIi16=" PRIi16 " " "PRIi32=" PRIi32 " " "PRIi64=" PRIi64 " " "PRIiLEAST8=" PRIiLEAST8 " " "PRIiLEAST16=" PRIiLEAST16 " " "PRIiLEAST32=" PRIiLEAST32);
    puts("PRIiLEAST64=" PRIiLEAST64 " " "PRIiFAST8=" PRIiFAST8 " " "PRIiFAST16=" PRIiFAST16 " " "PRIiFAST32=" PRIiFAST32 " " "PRIiFAST64=" PRIiFAST64 " " "PRIiMAX=" PRIiMAX " " "PRIiPTR=" PRIiPTR);
    puts("PRIo8=" PRIo8 " " "PRIo16=" PRIo16 " " "PRIo32=" PRIo32 " " "PRIo64=" PRIo64 " " "PRIoLEAST8=" PRIoLEAST8 " " "PRIoLEAST16=" PRIoLEAST16 " " "PRIoLEAST32=" PRIoLEAST32);
    puts("PRIoLEAST64=" PRIoLEAST64 " " "PRIoFAST8=" PRIoFAST8 " " "PRIoFAST16=" PRIoFAST16 " " "PRIoFAST32=" PRIoFAST32 " " "PRIoFAST64=" PRIoFAST64 " " "PRIoMAX=" PRIoMAX " " "PRIoPTR=" PRIoPTR);
    puts("PRIu8=" PRIu8 " " "PRIu16=" PRIu16 " " "PRIu32=" PRIu32 " " "PRIu64=" PRIu64 " " "PRIuLEAST8=" PRIuLEAST8 " " "PRIuLEAST16=" PRIuLEAST16 " " "PRIuLEAST32=" PRIuLEAST32);
    puts("PRIuLEAST64=" PRIuLEAST64 " " "PRIuFAST8=" PRIuFAST8 " " "PRIuFAST16=" PRIuFAST16 " " "PRIuFAST32=" PRIuFAST32 " " "PRIuFAST64=" PRIuFAST64 " " "PRIuMAX=" PRIuMAX " " "PRIuPTR=" PRIuPTR);
    puts("PRIx8=" PRIx8 " " "PRIx16=" PRIx16 " " "PRIx32=" PRIx32 " " "PRIx64=" PRIx64 " " "PRIxLEAST8=" PRIxLEAST8 " " "PRIxLEAST16=" PRIxLEAST16 " " "PRIxLEAST32=" PRIxLEAST32);
    puts("PRIxLEAST64=" PRIxLEAST64 " " "PRIxFAST8=" PRIxFAST8 " " "PRIxFAST16=" PRIxFAST16 " " "PRIxFAST32=" PRIxFAST32 " " "PRIxFAST64=" PRIxFAST64 " " "PRIxMAX=" PRIxMAX " " "PRIxPTR=" PRIxPTR);
    puts("PRIX8=" PRIX8 " " "PRIX16=" PRIX16 " " "PRIX32=" PRIX32 " " "PRIX64=" PRIX64 " " "PRIXLEAST8=" PRIXLEAST8 " " "PRIXLEAST16=" PRIXLEAST16 " " "PRIXLEAST32=" PRIXLEAST32);
    puts("PRIXLEAST64=" PRIXLEAST64 " " "PRIXFAST8=" PRIXFAST8 " " "PRIXFAST16=" PRIXFAST16 " " "PRIXFAST32=" PRIXFAST32 " " "PRIXFAST64=" PRIXFAST64 " " "PRIXMAX=" PRIXMAX " " "PRIXPTR=" PRIXPTR);
    puts("SCNd8=" SCNd8 " " "SCNd16=" SCNd16 " " "SCNd32=" SCNd32 " " "SCNd64=" SCNd64 " " "SCNdLEAST8=" SCNdLEAST8 " " "SCNdLEAST16=" SCNdLEAST16 " " "SCNdLEAST32=" SCNdLEAST32);
    puts("SCNdLEAST64=" SCNdLEAST64 " " "SCNdFAST8=" SCNdFAST8 " " "SCNdFAST16=" SCNdFAST16 " " "SCNdFAST32=" SCNdFAST32 " " "SCNdFAST64=" SCNdFAST64 " " "SCNdMAX=" SCNdMAX " " "SCNdPTR=" SCNdPTR);
    puts("SCNi8=" SCNi8 " " "SCNi16=" SCNi16 " " "SCNi32=" SCNi32 " " "SCNi64=" SCNi64 " " "SCNiLEAST8=" SCNiLEAST8 " " "SCNiLEAST16=" SCNiLEAST16 " " "SCNiLEAST32=" SCNiLEAST32);
    puts("SCNiLEAST64=" SCNiLEAST64 " " "SCNiFAST8=" SCNiFAST8 " " "SCNiFAST16=" SCNiFAST16 " " "SCNiFAST32=" SCNiFAST32 " " "SCNiFAST64=" SCNiFAST64 " " "SCNiMAX=" SCNiMAX " " "SCNiPTR=" SCNiPTR);
    puts("SCNo8=" SCNo8 " " "SCNo16=" SCNo16 " " "SCNo32=" SCNo32 " " "SCNo64=" SCNo64 " " "SCNoLEAST8=" SCNoLEAST8 " " "SCNoLEAST16=" SCNoLEAST16 " " "SCNoLEAST32=" SCNoLEAST32);
    puts("SCNoLEAST64=" SCNoLEAST64 " " "SCNoFAST8=" SCNoFAST8 " " "SCNoFAST16=" SCNoFAST16 " " "SCNoFAST32=" SCNoFAST32 " " "SCNoFAST64=" SCNoFAST64 " " "SCNoMAX=" SCNoMAX " " "SCNoPTR=" SCNoPTR);
    puts("SCNu8=" SCNu8 " " "SCNu16=" SCNu16 " " "SCNu32=" SCNu32 " " "SCNu64=" SCNu64 " " "SCNuLEAST8=" SCNuLEAST8 " " "SCNuLEAST16=" SCNuLEAST16 " " "SCNuLEAST32=" SCNuLEAST32);
    puts("SCNuLEAST64=" SCNuLEAST64 " " "SCNuFAST8=" SCNuFAST8 " " "SCNuFAST16=" SCNuFAST16 " " "SCNuFAST32=" SCNuFAST32 " " "SCNuFAST64=" SCNuFAST64 " " "SCNuMAX=" SCNuMAX " " "SCNuPTR=" SCNuPTR);
    puts("SCNx8=" SCNx8 " " "SCNx16=" SCNx16 " " "SCNx32=" SCNx32 " " "SCNx64=" SCNx64 " " "SCNxLEAST8=" SCNxLEAST8 " " "SCNxLEAST16=" SCNxLEAST16 " " "SCNxLEAST32=" SCNxLEAST32);
    puts("SCNxLEAST64=" SCNxLEAST64 " " "SCNxFAST8=" SCNxFAST8 " " "SCNxFAST16=" SCNxFAST16 " " "SCNxFAST32=" SCNxFAST32 " " "SCNxFAST64=" SCNxFAST64 " " "SCNxMAX=" SCNxMAX " " "SCNxPTR=" SCNxPTR);
    printf("%d %d %d %d\n", CHAR_BIT, MB_LEN_MAX, CHAR_MIN, CHAR_MAX);
    printf("%" PRIdMAX " %" PRIdMAX " %" PRIuMAX "\n", (intmax_t)SIG_ATOMIC_MIN, (intmax_t)SIG_ATOMIC_MAX, (uintmax_t)WINT_MAX);
    printf("%" PRIdMAX " %" PRIdMAX " %" PRIuMAX "\n", (intmax_t)WCHAR_MIN, (intmax_t)WCHAR_MAX, (uintmax_t)WINT_MIN);
    printf("%d %d %d %d\n", (int)sizeof(int_fast8_t), (int)sizeof(int_fast16_t), (int)sizeof(uint_fast32_t), (int)sizeof(int_least16_t));
    printf("%" PRIdFAST16 " %" PRIuFAST16 " %" PRIdLEAST8 " %" PRIxPTR "\n", INT_FAST16_MIN, UINT_FAST16_MAX, INT_LEAST8_MIN, (uintptr_t)UINTPTR_MAX);
    printf("%" PRIu64 " %" PRId64 " %" PRIuMAX "\n", UINT64_C(18446744073709551615), INT64_C(-9223372036854775807) - 1, UINTMAX_C(1) << 63);
    printf("%u %d %u\n", (unsigned)SIZE_MAX, (int)PTRDIFF_MIN, (unsigned)sizeof(UINT32_C(1)));
    {
        imaxdiv_t q = imaxdiv(INTMAX_C(-100000000000), 7);
        char *end;
        intmax_t a = strtoimax(" -0x7fffffffffffffff!", &end, 0);
        uintmax_t b = strtoumax("18446744073709551615", NULL, 10);
        printf("%" PRIdMAX " %" PRIdMAX " %" PRIdMAX " %c %" PRIuMAX " %" PRIdMAX "\n", q.quot, q.rem, a, *end, b, imaxabs(INTMAX_MIN + 1));
    }
    {
        int8_t s8; uint16_t u16; int64_t s64; uintmax_t um; intptr_t ip; int_fast8_t f8; uint_least16_t l16;
        int r = sscanf("-5 65535 -9000000000 77 -3 12 9", "%" SCNd8 " %" SCNu16 " %" SCNd64 " %" SCNoMAX " %" SCNiPTR " %" SCNdFAST8 " %" SCNuLEAST16,
                       &s8, &u16, &s64, &um, &ip, &f8, &l16);
        printf("%d %d %u %" PRId64 " %" PRIuMAX " %" PRIdPTR " %d %u\n", r, s8, u16, s64, um, ip, f8, l16);
    }
    return 0;
}
