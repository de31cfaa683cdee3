import { formatGrouped } from '../money/format.ts';
import { visible } from '../text/identify.ts';
import type { CurrencyCode, Message, Money } from '../types.ts';

/**
 * How messages quote what the user typed: in English ` "value"`, in Chinese `“value”`, with control, escape
 * and direction characters shown escaped (text/identify.ts visible), so a cell can never act on a report.
 */
export const q = (v: string | undefined): string => (v === undefined ? '' : ` "${visible(v)}"`);
export const qz = (v: string | undefined): string => (v === undefined ? '' : `“${visible(v)}”`);
/** A value shown unquoted (a date, an amount the product formatted, a code). */
export const v = (value: string): string => visible(value);

/** 'USD 3,000' for a whole amount, 'USD 1,234.50' otherwise: limits as the sources write them. */
export function limitText(money: Money): string {
  return `${money.currency} ${wholeOrCents(money.minor, money.currency)}`;
}

/** '3,000' / '1,234.50'. */
export function wholeOrCents(minor: number, currency: CurrencyCode): string {
  const text = formatGrouped(minor, currency);
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}

/** The English or Chinese side of a bilingual name. */
export const en = (m: Message): string => m.en;
export const zh = (m: Message): string => m.zh;
