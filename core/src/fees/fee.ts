import { memoize } from '../memo.ts';
import { parseRate, type Ratio } from '../money/ratio.ts';
import type { CurrencyCode, Fee, Finding } from '../types.ts';

export interface FeeResult {
  fee: Fee | null;
  findings: readonly Finding[];
}

/** The findings of a fee with nothing to say: one shared, frozen list (fees are computed per row). */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export function exactFee(currency: CurrencyCode, minor: number, source: string): Fee {
  return { currency, low: minor, high: minor, approximate: false, source };
}

export function rangeFee(
  currency: CurrencyCode,
  a: number,
  b: number,
  approximate: boolean,
  source: string,
): Fee {
  return a <= b
    ? { currency, low: a, high: b, approximate, source }
    : { currency, low: b, high: a, approximate, source };
}

const parseRateMemo = memoize(parseRate);

/** A rate from the settings (decimal string); null when absent, invalid or zero (a zero rate converts nothing). */
export function settingsRate(text: string | undefined): Ratio | null {
  if (text === undefined) return null;
  const r = parseRateMemo(text);
  return r !== null && r.num > 0 ? r : null;
}

/** a + b (two payments of one method): null when they are charged in different currencies. */
export function sumFees(a: Fee, b: Fee): Fee | null {
  if (a.currency !== b.currency) return null;
  return {
    currency: a.currency,
    low: a.low + b.low,
    high: a.high + b.high,
    approximate: a.approximate || b.approximate,
    source: a.source,
  };
}

/**
 * The span of fees the buyer chooses between (one per method): the lowest low to the highest high,
 * approximate when any is; null when there is none or they are in different currencies.
 */
export function spanFees(fees: readonly Fee[], source: string): Fee | null {
  const first = fees[0];
  if (!first) return null;
  let low = first.low;
  let high = first.high;
  let approximate = false;
  for (let i = 0; i < fees.length; i++) {
    const f = fees[i] as Fee;
    if (f.currency !== first.currency) return null;
    if (f.low < low) low = f.low;
    if (f.high > high) high = f.high;
    approximate ||= f.approximate;
  }
  return { currency: first.currency, low, high, approximate, source };
}
