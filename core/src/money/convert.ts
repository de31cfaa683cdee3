import type { CurrencyCode, Money } from '../types.ts';
import type { Ratio } from './ratio.ts';
import { mulDiv } from './round.ts';

/**
 * USD <-> CNY with the user's rate (CNY per USD, e.g. usdCny '7.1000'), rounded half-up once.
 * Same currency: unchanged. null when a rate is needed and missing/zero, or for EUR (no EUR rate exists).
 */
export function convert(money: Money, to: CurrencyCode, usdCny: Ratio | null): Money | null {
  if (money.currency === to) return money;
  if (usdCny === null || usdCny.num === 0) return null;
  if (money.currency === 'USD' && to === 'CNY')
    return { minor: mulDiv(money.minor, usdCny.num, usdCny.den), currency: to };
  if (money.currency === 'CNY' && to === 'USD')
    return { minor: mulDiv(money.minor, usdCny.den, usdCny.num), currency: to };
  return null;
}

/**
 * Money in `to` as an exact fraction minor · num / den (no rounding), for exact cap and limit comparisons.
 * null when a rate is needed and missing, or for EUR.
 */
export function convertExact(
  money: Money,
  to: CurrencyCode,
  usdCny: Ratio | null,
): { minor: number; num: number; den: number } | null {
  if (money.currency === to) return { minor: money.minor, num: 1, den: 1 };
  if (usdCny === null || usdCny.num === 0) return null;
  if (money.currency === 'USD' && to === 'CNY')
    return { minor: money.minor, num: usdCny.num, den: usdCny.den };
  if (money.currency === 'CNY' && to === 'USD')
    return { minor: money.minor, num: usdCny.den, den: usdCny.num };
  return null;
}
