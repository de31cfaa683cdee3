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
