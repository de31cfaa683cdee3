import { asShown, type Cell, type NumberCell } from '@ta-toolkit/core/cells';

/**
 * Google Sheets cells -> core's typed cells. Sheets stores what the user typed as a typed value plus a
 * number format: `30%` is 0.3 formatted `0%`, `$2,500.00` is 2500 formatted `"$"#,##0.00`, `2026-12-20` a
 * Date at midnight in the spreadsheet's time zone, `#N/A` an error. Range.getValues gives the values,
 * getNumberFormats the formats, getDisplayValues the text on screen (quoted back in findings); this module
 * is the only place that interprets the three together.
 */

/** The error values Sheets shows in a cell; getValues returns them as these strings. */
const ERROR_CODES = new Set([
  '#N/A',
  '#REF!',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
]);

/** Currency symbols a format may show, by the ISO code they stand for in an order sheet (USD or CNY orders). */
const SYMBOLS: [string, string][] = [
  ['US$', 'USD'],
  ['CN¥', 'CNY'],
  ['RMB', 'CNY'],
  ['$', 'USD'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
];

/** The format with its quoted literals and escaped characters removed, and the literals on their own. */
function splitFormat(format: string): { code: string; literals: string } {
  let code = '';
  let literals = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      literals += format.slice(i + 1, stop);
      i = stop;
    } else if (ch === '\\') {
      literals += format[i + 1] ?? '';
      i++;
    } else code += ch;
  }
  return { code, literals };
}

/** Only the positive section counts (`#,##0.00;(#,##0.00)`); Sheets applies it to the numbers orders hold. */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ';' && !quoted) return format.slice(0, i);
  }
  return format;
}

export interface FormatKind {
  format: NumberCell['format'];
  currency?: string;
}

/** A sheet has a handful of distinct formats: each is interpreted once. */
const kinds = new Map<string, FormatKind>();

/** What a number format says about its number: a percentage, a currency (and which), or nothing. */
export function formatKind(numberFormat: string | null | undefined): FormatKind {
  const key = numberFormat ?? '';
  let kind = kinds.get(key);
  if (!kind) {
    kind = interpret(key);
    kinds.set(key, kind);
  }
  return kind;
}

function interpret(numberFormat: string): FormatKind {
  const { code, literals } = splitFormat(firstSection(numberFormat));
  if (code.includes('%')) return { format: 'percent' };
  // [$USD] #,##0.00, [$¥-804]#,##0, [$$-409]#,##0.00: a bracketed currency tag.
  const tag = /\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]/.exec(code);
  const shown = `${tag?.[1] ?? ''} ${literals} ${code.replace(/\[[^\]]*\]/g, '')}`;
  const iso = /\b([A-Z]{3})\b/.exec(tag?.[1] ?? literals);
  if (iso) return { format: 'currency', currency: iso[1] as string };
  for (const [symbol, currency] of SYMBOLS)
    if (shown.includes(symbol)) return { format: 'currency', currency };
  if (tag) return { format: 'currency' };
  return { format: 'general' };
}

function isDate(v: unknown): v is Date {
  // Values come from the script runtime's realm (and a vm context in tests): no instanceof.
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * Date cells as calendar days in the spreadsheet's time zone. Made once per run: one time zone lookup and one
 * Intl.DateTimeFormat for every date cell of the sheet (the formatter is the costly part).
 */
export class DateReader {
  private readonly format: Intl.DateTimeFormat;
  constructor(readonly timeZone: string) {
    let zone = timeZone || 'UTC';
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      zone = 'UTC';
    }
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  }

  /** Orders share a few dates: each distinct instant is formatted once. */
  private readonly seen = new Map<number, { date: string; time?: string }>();

  /** `{date: 'YYYY-MM-DD', time?: 'HH:MM:SS'}` as the sheet shows the Date; null for an invalid Date. */
  read(d: Date): { date: string; time?: string } | null {
    const t = d.getTime();
    if (Number.isNaN(t)) return null;
    const known = this.seen.get(t);
    if (known) return known;
    const p: Record<string, string> = {};
    for (const part of this.format.formatToParts(d)) p[part.type] = part.value;
    const date = `${p.year}-${p.month}-${p.day}`;
    const time = `${p.hour}:${p.minute}:${p.second}`;
    const day = time === '00:00:00' ? { date } : { date, time };
    this.seen.set(t, day);
    return day;
  }
}

/** One cell of Range.getValues / getNumberFormats / getDisplayValues as core's typed cell. */
export function sheetCell(value: unknown, numberFormat: string, display: string, dates: DateReader): Cell {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    // A text cell whose text is an error code is the error itself: Sheets does not keep `#N/A` as text.
    return ERROR_CODES.has(value) ? { kind: 'error', code: value } : value;
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') {
    const kind = formatKind(numberFormat);
    const cell: NumberCell = { kind: 'number', value: asShown(value), format: kind.format };
    if (kind.currency) cell.currency = kind.currency;
    if (display !== '') cell.display = display;
    return cell;
  }
  if (isDate(value)) {
    const day = dates.read(value);
    if (!day) return display;
    const cell: Cell = day.time
      ? { kind: 'date', date: day.date, time: day.time }
      : { kind: 'date', date: day.date };
    if (display !== '') cell.display = display;
    return cell;
  }
  return String(value);
}

/** A block of rows read from the sheet, as typed cells. */
export function sheetCells(
  values: readonly (readonly unknown[])[],
  numberFormats: readonly (readonly string[])[],
  displayValues: readonly (readonly string[])[],
  dates: DateReader,
): Cell[][] {
  const out: Cell[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const row = values[r] as readonly unknown[];
    const formats = numberFormats[r] ?? [];
    const shown = displayValues[r] ?? [];
    const cells: Cell[] = new Array(row.length);
    for (let c = 0; c < row.length; c++)
      cells[c] = sheetCell(row[c], formats[c] ?? '', shown[c] ?? '', dates);
    out[r] = cells;
  }
  return out;
}
