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
 * Settings rates are decimal strings; the same few strings come with every row of a sheet, so the last
 * parse is remembered (checks of 100,000 rows should not re-parse "7.1000" 100,000 times).
 */
let lastText: string | undefined;
let lastRatio: Ratio | null = null;
export function settingsRate(text: string | undefined): Ratio | null {
  if (text === undefined) return null;
  if (text !== lastText) {
    lastRatio = parseRate(text);
    lastText = text;
  }
  // A zero rate cannot convert anything: treat it as missing.
  return lastRatio !== null && lastRatio.num > 0 ? lastRatio : null;
}
