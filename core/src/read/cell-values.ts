import { type Cell, cellDisplay } from '../cells.ts';
import { memoize } from '../memo.ts';
import { parseAmount } from '../money/parse.ts';
import { parsePercent, type Ratio } from '../money/ratio.ts';
import type { CurrencyCode } from '../types.ts';

/**
 * What one cell says, by the kind of value its column holds. Pure and allocation-light: text cells (every CSV
 * cell) take the paths that existed before typed cells, so a CSV sheet reads exactly as it always did.
 */

/** A money cell, read: an exact amount, or why not (the reader turns the reason into a finding). */
export type MoneyRead =
  | { ok: true; minor: number; currency?: CurrencyCode }
  | {
      ok: false;
      reason:
        | 'empty'
        | 'invalid'
        | 'precision'
        | 'too-large'
        | 'negative'
        | 'spreadsheet-error'
        | 'formula'
        | 'percent';
    };

const EMPTY: MoneyRead = { ok: false, reason: 'empty' };
const NEGATIVE: MoneyRead = { ok: false, reason: 'negative' };
const failures = new Map<string, MoneyRead>();
function fail(reason: Exclude<MoneyRead, { ok: true }>['reason']): MoneyRead {
  let f = failures.get(reason);
  if (!f) {
    f = Object.freeze({ ok: false, reason }) as MoneyRead;
    failures.set(reason, f);
  }
  return f;
}

export function readMoneyCell(cell: Cell): MoneyRead {
  if (typeof cell === 'string') return fromParsed(parseAmount(cell));
  switch (cell.kind) {
    case 'number': {
      if (cell.format === 'percent') return fail('percent');
      const parsed = fromParsed(parseAmount(cell.value));
      if (!parsed.ok || cell.format !== 'currency' || cell.currency === undefined) return parsed;
      const currency = parseAmount(`${cell.currency} 0`);
      return currency.ok && currency.currency
        ? { ok: true, minor: parsed.minor, currency: currency.currency }
        : fail('invalid');
    }
    case 'error':
      return fail('spreadsheet-error');
    case 'formula':
      return fail('formula');
    default:
      return fail('invalid');
  }
}

/** parseAmount's result as it is (no second object per cell), a negative amount as the failure it is here. */
function fromParsed(parsed: ReturnType<typeof parseAmount>): MoneyRead {
  if (!parsed.ok) return parsed.reason === 'empty' ? EMPTY : fail(parsed.reason);
  return parsed.negative ? NEGATIVE : parsed;
}

const percentText = memoize(parsePercent);

/**
 * The advance as a share of the order total: '30%' typed as text, or a number formatted as a percentage
 * (Sheets and Excel store `30%` as 0.3). null when the cell is not a percentage.
 */
export function readPercentCell(cell: Cell): Ratio | null {
  if (typeof cell === 'string') {
    return cell.includes('%') || cell.includes('％') ? percentText(cell.trim()) : null;
  }
  if (cell.kind !== 'number' || cell.format !== 'percent') return null;
  // 0.3 → "30%": through the number as shown (15 digits), so 0.3 × 100 is 30, not 30.000000000000004.
  return percentText(`${Number((cell.value * 100).toPrecision(15))}%`);
}

/** Plain ASCII digits, short enough to be a safe integer. */
function isPlainWholeNumber(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A whole number (quantity, days): the number, 'empty', 'negative' or 'invalid'. */
export function readWholeCell(cell: Cell): number | 'empty' | 'negative' | 'invalid' {
  if (typeof cell !== 'string') {
    if (cell.kind !== 'number') return 'invalid';
    if (Number.isSafeInteger(cell.value)) return cell.value < 0 ? 'negative' : cell.value;
    return 'invalid';
  }
  const text = cell.trim();
  if (text === '') return 'empty';
  if (isPlainWholeNumber(text)) return Number(text);
  const normalized = text.normalize('NFKC').replace(/,/g, '');
  if (!/^-?\d+$/.test(normalized) || !Number.isSafeInteger(Number(normalized))) return 'invalid';
  const n = Number(normalized);
  return n < 0 ? 'negative' : n;
}

/** A text cell trimmed: most cells have nothing to trim, and are returned without a copy. */
export function trimmed(text: string): string {
  const n = text.length;
  return n === 0 || (text.charCodeAt(0) > 32 && text.charCodeAt(n - 1) > 32) ? text : text.trim();
}

/**
 * A cell as text: strings trimmed (most cells have nothing to trim: no copy), numbers as shown, dates as
 * YYYY-MM-DD, booleans as TRUE/FALSE. Error and formula cells are not text: the reader reports them.
 */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return trimmed(cell);
  if (cell.kind === 'date') return cell.date;
  return cellDisplay(cell).trim();
}
