/**
 * THE rounding rule of the product (rules.md §9): an exact amount in minor units times an exact ratio,
 * rounded half-up to the minor unit ONCE, at the end of each fee. "Half-up" rounds ties away from zero
 * (the same as half-up for the non-negative amounts fees are computed on).
 *
 * Fast path: plain integer math while every product is a safe integer (a product of safe integers that
 * comes out as a safe integer is exact, since float rounding is monotonic). Otherwise BigInt.
 */

/** round(num / den) half-up; num, den safe integers, den > 0. */
export function roundDiv(num: number, den: number): number {
  if (num < 0) return -roundDiv(-num, den) || 0;
  const r = num % den;
  const q = (num - r) / den;
  return 2 * r >= den ? q + 1 : q;
}

function roundDivBig(num: bigint, den: bigint): number {
  if (num < 0n) return -roundDivBig(-num, den) || 0;
  const q = num / den;
  const r = num - q * den;
  return Number(2n * r >= den ? q + 1n : q);
}

/** round(x · n / d) half-up. x integer minor units, n >= 0, d > 0 safe integers. */
export function mulDiv(x: number, n: number, d: number): number {
  const p = x * n;
  if (Number.isSafeInteger(p)) return roundDiv(p, d);
  return roundDivBig(BigInt(x) * BigInt(n), BigInt(d));
}

/** round(x · n1 · n2 / (d1 · d2)) half-up, still one rounding (e.g. amount × rate × percentage). */
export function mulDiv2(x: number, n1: number, d1: number, n2: number, d2: number): number {
  const p = x * n1 * n2;
  const q = d1 * d2;
  if (Number.isSafeInteger(p) && Number.isSafeInteger(q)) return roundDiv(p, q);
  return roundDivBig(BigInt(x) * BigInt(n1) * BigInt(n2), BigInt(d1) * BigInt(d2));
}

/** Exact sign of a·b·c − x·y·z (all safe integers): compares two scaled amounts without rounding. */
export function compareProducts(
  a: number,
  b: number,
  c: number,
  x: number,
  y: number,
  z: number,
): -1 | 0 | 1 {
  const l = a * b * c;
  const r = x * y * z;
  if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l < r ? -1 : l > r ? 1 : 0;
  const bl = BigInt(a) * BigInt(b) * BigInt(c);
  const br = BigInt(x) * BigInt(y) * BigInt(z);
  return bl < br ? -1 : bl > br ? 1 : 0;
}
