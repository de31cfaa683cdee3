import type { CurrencyCode, Fee, Lang, Money } from '../types.ts';
import { CURRENCIES } from './currencies.ts';

function split(minor: number, currency: CurrencyCode): { sign: string; int: string; frac: string } {
  const { minorDigits, unit } = CURRENCIES[currency];
  const m = Number.isFinite(minor) ? Math.trunc(minor) : 0;
  const abs = Math.abs(m);
  const int = Math.floor(abs / unit);
  const frac = abs - int * unit;
  return {
    sign: m < 0 ? '-' : '',
    int: String(int),
    frac: minorDigits === 0 ? '' : String(frac).padStart(minorDigits, '0'),
  };
}

function group(int: string): string {
  if (int.length <= 3) return int;
  let out = '';
  const head = int.length % 3 || 3;
  out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) out += `,${int.slice(i, i + 3)}`;
  return out;
}

/** Contract string for files and programs: '1234.50', '-0.05' (no grouping, the currency's minor digits). */
export function formatMinor(minor: number, currency: CurrencyCode): string {
  const { sign, int, frac } = split(minor, currency);
  return frac === '' ? sign + int : `${sign}${int}.${frac}`;
}

/** For people: '1,234.50' (grouped, no currency). */
export function formatGrouped(minor: number, currency: CurrencyCode): string {
  const { sign, int, frac } = split(minor, currency);
  return frac === '' ? sign + group(int) : `${sign}${group(int)}.${frac}`;
}

/**
 * For people: 'USD 1,234.50'. The ISO code in both languages: it is unambiguous where '$' and '¥' are not.
 * (`lang` is accepted for symmetry with formatFee; both languages currently read the same.)
 */
export function formatMoney(money: Money, _lang: Lang = 'en'): string {
  return `${money.currency} ${formatGrouped(money.minor, money.currency)}`;
}

const NOT_STATED = { en: 'not stated', zh: '未说明' } as const;

/** 'USD 73.75', 'USD 15.00–30.00', '≈ USD 40.00'; null -> 'not stated' / '未说明'. */
export function formatFee(fee: Fee | null, lang: Lang): string {
  if (fee === null) return NOT_STATED[lang] ?? NOT_STATED.en;
  const low = formatGrouped(fee.low, fee.currency);
  const text =
    fee.low === fee.high
      ? `${fee.currency} ${low}`
      : `${fee.currency} ${low}–${formatGrouped(fee.high, fee.currency)}`;
  return fee.approximate ? `≈ ${text}` : text;
}
