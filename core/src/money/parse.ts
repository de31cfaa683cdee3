import type { CurrencyCode, RawValue } from '../types.ts';
import { CURRENCY_MARKERS } from './currencies.ts';

/**
 * The largest amount the product accepts: 10^15 − 1 minor units (9,999,999,999,999.99, 13 integer digits).
 * Far above any order, and small enough that sums of a row's amounts stay safe integers.
 */
export const MAX_AMOUNT_MINOR = 999_999_999_999_999;

export type ParsedAmount =
  | { ok: true; minor: number; currency?: CurrencyCode; negative: boolean }
  | { ok: false; reason: 'invalid' | 'precision' | 'too-large' | 'empty' };

const EMPTY: ParsedAmount = { ok: false, reason: 'empty' };
const INVALID: ParsedAmount = { ok: false, reason: 'invalid' };
const PRECISION: ParsedAmount = { ok: false, reason: 'precision' };
const TOO_LARGE: ParsedAmount = { ok: false, reason: 'too-large' };

/** Minor digits: every product currency has 2 (currencies.ts). */
const DIGITS = 2;

/**
 * A money cell as typed or pasted: a number from a spreadsheet cell, or text such as '1,234.50',
 * 'USD 2,500.00', 'US $1.20', 'US \$1.20' (escaped, as in the seed), '$12', '¥480', 'RMB 480', '480元',
 * '€15', full-width '２５００' / '１，２３４．５０', '-12', '(12.00)'. A negative value parses (negative: true,
 * minor < 0) so the checks can say "negative" rather than "invalid". Never throws.
 * More than 2 decimals is 'precision' unless the extra digits are zeros ('1.500' = 1.50).
 */
export function parseAmount(raw: RawValue): ParsedAmount {
  if (typeof raw === 'number') return parseNumber(raw);
  if (typeof raw === 'string') return parseText(raw);
  if (raw === undefined || raw === null) return EMPTY;
  return INVALID; // booleans and dates are not money
}

function parseNumber(n: number): ParsedAmount {
  if (!Number.isFinite(n)) return INVALID;
  if (Number.isInteger(n)) {
    const minor = n * 100;
    if (Math.abs(minor) > MAX_AMOUNT_MINOR) return TOO_LARGE;
    return n < 0 ? { ok: true, minor, negative: true } : { ok: true, minor: minor + 0, negative: false };
  }
  // A cell number is a binary float: read it as its shortest decimal string (0.1 + 0.2 -> '0.30000000000000004',
  // which has too many decimals). Non-integers in exponent form are below 1e-6: too many decimals.
  const s = String(n);
  if (s.indexOf('e') >= 0) return PRECISION;
  return parseText(s);
}

/**
 * The common money cell, read without allocating: ASCII digits (1 to 13), optionally '.' and 1 or 2 more
 * digits ('25', '1200.00', '0.5'). Returns the minor units, exactly as parseAmount would; -1 for any other
 * text (signs, spaces, separators, markers, more decimals), which parseAmount then reads.
 */
export function parsePlainAmount(s: string): number {
  const n = s.length;
  let units = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    units = units * 10 + (c - 48);
  }
  if (i === 0 || i > 13) return -1;
  if (i === n) return units * 100;
  if (s.charCodeAt(i) !== 46 /* . */ || n - i - 1 < 1 || n - i - 1 > DIGITS) return -1;
  let frac = 0;
  for (let k = i + 1; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    frac = frac * 10 + (c - 48);
  }
  return units * 100 + (n - i - 1 === 1 ? frac * 10 : frac);
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0x202f || c === 0x2009
  );
}

/** Case-insensitive marker at s[i..]; returns the marker length or 0. */
function markerAt(s: string, i: number, end: number, marker: string): boolean {
  if (i + marker.length > end) return false;
  for (let k = 0; k < marker.length; k++) {
    let c = s.charCodeAt(i + k);
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== marker.charCodeAt(k)) return false;
  }
  return true;
}

function parseText(input: string): ParsedAmount {
  let s = input;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      // Full-width digits and punctuation ('２５００', '，', '．', '＄', '￥') fold to ASCII.
      s = s.normalize('NFKC');
      break;
    }
  }
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  if (start === end) return EMPTY;

  let negative = false;
  let currency: CurrencyCode | undefined;
  // Accounting negatives: '(12.00)', '(USD 12.00)'.
  if (s.charCodeAt(start) === 40 /* ( */ && s.charCodeAt(end - 1) === 41 /* ) */) {
    negative = true;
    start++;
    end--;
  }
  // Prefix: sign and currency marker in either order, with spaces and a stray backslash ('US \$1.20').
  for (let pass = 0; pass < 4 && start < end; pass++) {
    const c = s.charCodeAt(start);
    if (isSpace(c) || c === 92 /* \ */) {
      start++;
      pass--;
      continue;
    }
    if (c === 45 /* - */ || c === 0x2212 /* − */) {
      if (negative) return INVALID;
      negative = true;
      start++;
      continue;
    }
    if (c === 43 /* + */) {
      start++;
      continue;
    }
    if ((c >= 48 && c <= 57) || c === 46) break; // digits: no (more) prefix
    let matched = false;
    for (const [marker, code] of CURRENCY_MARKERS) {
      if (markerAt(s, start, end, marker)) {
        if (currency !== undefined && currency !== code) return INVALID;
        // 'US $1.20': 'US' followed by '$' is one marker.
        currency = code;
        start += marker.length;
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  // Suffix: '480 RMB', '480元', '15 EUR'.
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  const last = end > start ? s.charCodeAt(end - 1) : 48;
  if (last < 48 || last > 57)
    for (const [marker, code] of CURRENCY_MARKERS) {
      const at = end - marker.length;
      if (at > start && markerAt(s, at, end, marker)) {
        if (currency !== undefined && currency !== code) return INVALID;
        currency = code;
        end = at;
        while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
        break;
      }
    }
  if (start === end) return INVALID;

  // Digits: optional grouping commas in groups of three, one decimal point.
  let units = 0;
  let intDigits = 0;
  let groupLen = -1; // -1: no comma seen yet
  let i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      units = units * 10 + (c - 48);
      intDigits++;
      if (groupLen >= 0) groupLen++;
      if (intDigits > 13) return allDigits(s, i, end, true) ? TOO_LARGE : INVALID;
      continue;
    }
    if (c === 44 /* , */) {
      if (intDigits === 0 || (groupLen >= 0 && groupLen !== 3) || (groupLen < 0 && intDigits > 3))
        return INVALID;
      groupLen = 0;
      continue;
    }
    break;
  }
  if (groupLen >= 0 && groupLen !== 3) return INVALID;
  let frac = 0;
  let fracDigits = 0;
  if (i < end && s.charCodeAt(i) === 46 /* . */) {
    i++;
    for (; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) return INVALID;
      if (fracDigits < DIGITS) {
        frac = frac * 10 + (c - 48);
        fracDigits++;
      } else if (c !== 48) {
        return allDigits(s, i, end, false) ? PRECISION : INVALID;
      }
    }
    if (intDigits === 0 && fracDigits === 0) return INVALID;
  } else if (i < end || intDigits === 0) {
    return INVALID;
  }
  while (fracDigits < DIGITS) {
    frac *= 10;
    fracDigits++;
  }
  const abs = units * 100 + frac;
  if (abs > MAX_AMOUNT_MINOR) return TOO_LARGE;
  const minor = negative && abs !== 0 ? -abs : abs;
  return currency === undefined
    ? { ok: true, minor, negative: minor < 0 }
    : { ok: true, minor, currency, negative: minor < 0 };
}

/** Only digits from `from` to `end` (with `separators`, also ',' and '.'): the text is a number, just too long. */
function allDigits(s: string, from: number, end: number, separators: boolean): boolean {
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c < 48 || c > 57) && !(separators && (c === 44 || c === 46))) return false;
  }
  return true;
}
