import { parseRate, type Ratio } from '../money/ratio.ts';
import type { CurrencyCode, Fee, Finding } from '../types.ts';

export interface FeeResult {
  fee: Fee | null;
  findings: Finding[];
}

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

/**
 * Remembers a text lookup (a name resolver, a rate parser) by its exact input. A sheet repeats the same few
 * spellings on every row, so 100,000 rows should not fold and re-parse "platform" or "7.1000" 100,000 times.
 * Bounded: cleared when it grows past `limit` distinct inputs.
 */
export function memoText<R>(fn: (text: string) => R, limit = 256): (text: string) => R {
  const cache = new Map<string, R>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as R;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

const parseRateMemo = memoText(parseRate);

/** A rate from the settings (decimal string); null when absent, invalid or zero (a zero rate converts nothing). */
export function settingsRate(text: string | undefined): Ratio | null {
  if (text === undefined) return null;
  const r = parseRateMemo(text);
  return r !== null && r.num > 0 ? r : null;
}
