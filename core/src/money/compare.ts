import type { Money } from '../types.ts';
import { convertExact } from './convert.ts';
import type { Ratio } from './ratio.ts';
import { compareProducts } from './round.ts';

/** Same-currency comparison: -1, 0, 1; null when the currencies differ. */
export function compare(a: Money, b: Money): -1 | 0 | 1 | null {
  if (a.currency !== b.currency) return null;
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

/**
 * Exact comparison across USD and CNY at the user's rate (CNY per USD), without rounding either side:
 * e.g. a CNY advance against the USD 1.00 minimum. null when a rate is needed and missing.
 */
export function compareAcross(a: Money, b: Money, usdCny: Ratio | null): -1 | 0 | 1 | null {
  if (a.currency === b.currency) return compare(a, b);
  const bx = convertExact(b, a.currency, usdCny);
  if (bx === null) return null;
  // a.minor vs b.minor · num / den  <=>  a.minor · den vs b.minor · num
  return compareProducts(a.minor, bx.den, 1, bx.minor, bx.num, 1);
}

/**
 * A USD amount plus a CNY amount (at the user's rate, CNY per USD) against a USD amount, exactly:
 * usd + cny / rate vs limit  <=>  usd · num + cny · den vs limit · num. null when CNY needs a missing rate.
 */
export function compareUsdCnySum(
  usdMinor: number,
  cnyMinor: number,
  limitUsdMinor: number,
  usdCny: Ratio | null,
): -1 | 0 | 1 | null {
  if (cnyMinor !== 0 && usdCny === null) return null;
  const num = BigInt(usdCny?.num ?? 1);
  const den = BigInt(usdCny?.den ?? 1);
  const left = BigInt(usdMinor) * num + BigInt(cnyMinor) * den;
  const right = BigInt(limitUsdMinor) * num;
  return left < right ? -1 : left > right ? 1 : 0;
}
