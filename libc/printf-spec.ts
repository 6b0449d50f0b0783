/**
 * @fileoverview The pieces of printf's conversion-spec syntax that both readers of a format
 * share: the engine (printf.ts) and the positional pre-pass (printf-positional.ts).
 */

/** A length modifier, normalised (L and q are ll, Z is z). */
export type Length = "hh" | "h" | "" | "l" | "ll" | "j" | "z" | "t";

/**
 * The length modifier at f[i], normalised (hh, ll, or one of h l j z t; Z is z, L and q are
 * ll), and where it ends (i when there is none).
 */
export function readLength(f: Uint8Array, i: number): { length: Length; end: number } {
  const l0 = String.fromCharCode(f[i] ?? 0);
  if ((l0 === "h" || l0 === "l") && f[i + 1] === f[i]) return { length: (l0 + l0) as Length, end: i + 2 };
  if (l0 === "h" || l0 === "l" || l0 === "j" || l0 === "z" || l0 === "t") return { length: l0, end: i + 1 };
  if (l0 === "Z") return { length: "z", end: i + 1 }; // glibc's old spelling of z
  if (l0 === "L" || l0 === "q") return { length: "ll", end: i + 1 };
  return { length: "", end: i };
}

/** The flag characters of a conversion spec: - + space # 0, and glibc's ' and I. */
export const FLAG_CHARS = "-+ #0'I";

