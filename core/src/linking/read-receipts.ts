import { type Cell, isBlankCell } from '../cells.ts';
import { parseIsoDate } from '../check/dates.ts';
import { memoize } from '../memo.ts';
import { resolveCurrency } from '../money/currencies.ts';
import { cellText, readMoneyCell } from '../read/cell-values.ts';
import { qz } from '../rules/quote.ts';
import { normalizeHeader } from '../sheet/columns.ts';
import { classifyRow, HEADER_SEARCH_ROWS } from '../sheet/find-table.ts';
import type { CurrencyCode, Message, Money } from '../types.ts';
import { RECEIPT_COLUMNS, RECEIPT_FIELDS, RECEIPT_HEADERS, type ReceiptField } from './columns.ts';
import type { LinkReceipt, Part } from './types.ts';

/** A receipt row that cannot be read (its amount): reported as unmatched with this why, never dropped. */
export interface UnreadableReceipt {
  row: number;
  ref: string | null;
  why: Message;
  /**
   * An error of the input (a cell that is not what its column holds); false for a row of a bank statement that
   * is not a receipt (no amount received: a payment out, a balance line), listed but not an error.
   */
  error: boolean;
}

export interface ReceiptsRead {
  receipts: LinkReceipt[];
  unreadable: UnreadableReceipt[];
  /** Sheet rows that are totals rows (合计, Total …): not receipts. */
  totals: number[];
  /** Sheet columns by field (-1: not given). */
  columns: Record<ReceiptField, number>;
  /**
   * Sheet rows whose date the spreadsheet converted while others of the column stayed text day first or month
   * first (13/11/2026): opening a bank's CSV converts 09/11/2026 by the computer's locale, maybe swapped.
   */
  convertedDates: number[];
  /** With no currency column: the one currency the title rows name (a statement of a CNY account), or null. */
  titleCurrency: CurrencyCode | null;
}

/** True when the header row names the receipts sheet's own columns (to tell it from the orders sheet). */
export function looksLikeReceipts(header: readonly Cell[]): boolean {
  const fields = new Set(header.map((h) => RECEIPT_HEADERS.get(normalizeHeader(cellText(h)))));
  return fields.has('amount') && (fields.has('payer') || fields.has('received_at') || fields.has('memo'));
}

/** The headers of a receipts header row that name no receipt column (read as nothing: said, not dropped silently). */
export function unknownReceiptHeaders(header: readonly Cell[]): string[] {
  return header
    .map((h) => cellText(h).trim())
    .filter((h) => h !== '' && !RECEIPT_HEADERS.has(normalizeHeader(h)));
}

/**
 * The receipts' header row: a bank's statement export has a title, the account and the period above it. -1 when
 * none of the first HEADER_SEARCH_ROWS rows is one.
 */
export function receiptsHeaderIndex(rows: readonly (readonly Cell[])[]): number {
  const searched = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < searched; i++) if (looksLikeReceipts(rows[i] ?? [])) return i;
  return -1;
}

const PARTS: ReadonlyMap<string, Part> = new Map([
  ['advance', 'advance'],
  ['预付款', 'advance'],
  ['deposit', 'advance'],
  ['balance', 'balance'],
  ['尾款', 'balance'],
]);

/**
 * The receipts sheet (fund-linking.md "Receipts sheet"): `rows[headerIndex]` is the header row, the rows above it
 * titles; sheet rows are numbered from the sheet's first. Blank rows are skipped; every other row is a receipt,
 * or an unreadable one with the reason.
 */
export function readReceipts(rows: readonly (readonly Cell[])[], headerIndex = 0): ReceiptsRead {
  const header = rows[headerIndex] ?? [];
  const { columns, memos } = receiptColumns(header);
  const headerOf = (field: ReceiptField): string => cellText(header[columns[field]] ?? '').trim() || field;
  const receipts: LinkReceipt[] = [];
  const unreadable: UnreadableReceipt[] = [];
  const totals: number[] = [];
  const titleCurrency = columns.currency < 0 ? currencyOfTitles(rows, headerIndex) : null;
  const dayOrder = dayOrderOf(rows, headerIndex, columns.received_at);
  const decimalComma = usesDecimalComma(rows, headerIndex, columns.amount);
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const kind = classifyRow(row, columns.payer < 0 ? undefined : columns.payer);
    if (kind === 'blank') continue;
    if (kind === 'totals') {
      totals.push(r + 1);
      continue;
    }
    const cell = (f: ReceiptField): Cell | undefined =>
      columns[f] < 0 ? undefined : (row[columns[f]] ?? '');
    const text = (f: ReceiptField): string => {
      const c = cell(f);
      return c === undefined ? '' : cellText(c);
    };
    const notA = (f: ReceiptField, what: Message) => notAValue(f, headerOf(f), text(f), what);
    const sheetRow = r + 1;
    const ref = text('receipt_ref') || null;
    const currencyText = text('currency');
    const declared = currencyText ? resolveCurrency(currencyText) : titleCurrency;
    if (currencyText && declared === null) {
      unreadable.push({ row: sheetRow, ref, error: true, why: notA('currency', CURRENCY) });
      continue;
    }
    const amountCell = cell('amount');
    if (amountCell === undefined || isBlankCell(amountCell)) {
      unreadable.push({ row: sheetRow, ref, error: false, why: NOT_RECEIVED });
      continue;
    }
    const amount = money(amountCell, declared, decimalComma);
    if (!('minor' in amount)) {
      // A signed amount column (a US statement): a negative amount is money going out, not a receipt.
      const out = amount.what === NEGATIVE_AMOUNT;
      unreadable.push({
        row: sheetRow,
        ref,
        error: !out,
        why: out ? NOT_RECEIVED : notA('amount', amount.what),
      });
      continue;
    }
    const linkedCell = cell('linked');
    const linked =
      linkedCell === undefined || isBlankCell(linkedCell)
        ? null
        : money(linkedCell, amount.currency, decimalComma);
    if (linked !== null && (!('minor' in linked) || linked.currency !== amount.currency)) {
      unreadable.push({ row: sheetRow, ref, error: true, why: notA('linked', ANY_AMOUNT) });
      continue;
    }
    const whenCell = cell('received_at');
    const when = receivedAt(whenCell, dayOrder);
    // A date that cannot be read would put the receipt out of its turn and drop its date evidence: say so.
    if (when === null && whenCell !== undefined && !isBlankCell(whenCell)) {
      const shape = DATE_TIME.exec(text('received_at').normalize('NFKC').trim());
      const what =
        shape === null
          ? DATE
          : DAY_MONTH_YEAR.test(shape[1] as string) && dayFirstOrLast(shape[1] as string) === null
            ? DAY_MONTH
            : DAY;
      unreadable.push({
        row: sheetRow,
        ref,
        error: true,
        why: notA('received_at', what),
      });
      continue;
    }
    const linkOrder = text('link_order');
    const partText = text('link_part');
    const linkAmountCell = cell('link_amount');
    const linkAmount =
      linkAmountCell === undefined || isBlankCell(linkAmountCell)
        ? null
        : money(linkAmountCell, amount.currency, decimalComma);
    if (linkOrder && partText && !PARTS.has(partText.toLowerCase())) {
      unreadable.push({ row: sheetRow, ref, error: true, why: notA('link_part', PART) });
      continue;
    }
    if (linkOrder && linkAmount !== null && !('minor' in linkAmount)) {
      unreadable.push({
        row: sheetRow,
        ref,
        error: true,
        why: notA('link_amount', linkAmount.what),
      });
      continue;
    }
    receipts.push({
      row: sheetRow,
      ref,
      receivedAt: when?.at ?? null,
      receivedOn: when?.day ?? null,
      payer: text('payer'),
      amount,
      linked: linked ?? { minor: 0, currency: amount.currency },
      // Banks split the remittance text over columns (摘要 and 附言): the order number may be in either.
      memo: memos
        .map((c) => cellText(row[c] ?? '').trim())
        .filter((t) => t !== '')
        .join('\n'),
      intended: linkOrder
        ? {
            order: linkOrder,
            part: partText ? (PARTS.get(partText.toLowerCase()) ?? null) : null,
            amount: linkAmount !== null && 'minor' in linkAmount ? linkAmount : null,
          }
        : null,
    });
  }
  return {
    receipts,
    unreadable,
    totals,
    columns,
    convertedDates: convertedDates(rows, headerIndex, columns.received_at, dayOrder),
    titleCurrency,
  };
}

const ANY_AMOUNT: Message = { en: 'an amount', zh: '金额' };
/** The why of a statement row that is not a receipt (no amount received). */
export const NOT_RECEIVED: Message = {
  en: 'Not a receipt: no amount received in this row (a payment out, or a balance line).',
  zh: '不是收款：此行没有到账金额（付出的款项或余额行）。',
};
const CURRENCY: Message = { en: 'a currency (USD, CNY, EUR)', zh: '币种（USD、CNY、EUR）' };
const PART: Message = { en: 'advance or balance', zh: '预付款或尾款' };
const DAY: Message = { en: 'a day of the calendar', zh: '日历上存在的日期' };
const DAY_MONTH: Message = {
  en: 'a date whose day and month can be told apart (no date of the column has a day after the 12th; write dates as YYYY-MM-DD)',
  zh: '能分清日和月的日期（该列没有一个日期的日大于 12；请把日期写成 年-月-日，如 YYYY-MM-DD）',
};
const DATE: Message = {
  en: 'a date (2026-11-09, 2026/11/09, 20261109, 2026年11月9日 or 09/11/2026, a time may follow)',
  zh: '日期（2026-11-09、2026/11/09、20261109、2026年11月9日 或 09/11/2026，可带时间）',
};

const HAN = /\p{Script=Han}/u;

/**
 * The column named as the sheet names it (the user knows their own headers, not our field names), in the
 * message's language: a Chinese header in an English message, or an English one in a Chinese message, is named
 * by the field's label instead.
 */
function notAValue(field: ReceiptField, header: string, value: string, what: Message): Message {
  const label = RECEIPT_COLUMNS.find((c) => c.field === field)?.label ?? { en: header, zh: header };
  const han = HAN.test(header);
  return {
    en: `Not read: ${han ? label.en : header} "${value}" is not ${what.en}.`,
    zh: `无法读取：${han ? header : label.zh}${qz(value)}不是${what.zh}。`,
  };
}

/**
 * Which column holds each field: the first that names it, but for the date the most telling of several (Value
 * Date before Booking Date, by RECEIPT_COLUMNS' order), and every memo column (摘要 and 附言 both).
 */
function receiptColumns(header: readonly Cell[]): { columns: Record<ReceiptField, number>; memos: number[] } {
  const columns = Object.fromEntries(RECEIPT_FIELDS.map((f) => [f, -1])) as Record<ReceiptField, number>;
  const memos: number[] = [];
  let dateRank = Number.POSITIVE_INFINITY;
  header.forEach((h, i) => {
    const name = normalizeHeader(cellText(h));
    const field = RECEIPT_HEADERS.get(name);
    if (field === 'memo') memos.push(i);
    if (field === 'received_at') {
      const rank = DATE_HEADER_RANK.get(name) ?? 0;
      if (rank < dateRank) {
        dateRank = rank;
        columns.received_at = i;
      }
    } else if (field !== undefined && columns[field] === -1) columns[field] = i;
  });
  return { columns, memos };
}

const DATE_HEADER_RANK: ReadonlyMap<string, number> = (() => {
  const spec = RECEIPT_COLUMNS.find((c) => c.field === 'received_at');
  const names = spec === undefined ? [] : ['received_at', ...spec.zh, ...spec.aliases];
  return new Map(names.map((n, i) => [normalizeHeader(n), i]));
})();

/** The columns of a receipts header that another column of the same field overrides (said, not dropped). */
export function overriddenReceiptHeaders(header: readonly Cell[]): { header: string; read: string }[] {
  const { columns } = receiptColumns(header);
  const out: { header: string; read: string }[] = [];
  header.forEach((h, i) => {
    const field = RECEIPT_HEADERS.get(normalizeHeader(cellText(h)));
    if (field === undefined || field === 'memo' || columns[field] === i) return;
    out.push({ header: cellText(h).trim(), read: cellText(header[columns[field]] ?? '').trim() });
  });
  return out;
}

/** The number of an amount written with a decimal comma: 1.234,56 · 1 234,56 · 234,56 (a currency may stand by). */
const COMMA_AMOUNT = /\d{1,3}(?:[. \u00a0]\d{3})+,\d{2}(?!\d)|(?<![\d.,])\d+,\d{2}(?![\d.,])/;
/** …and with a decimal point: 1,234.56 · 234.56. */
const POINT_AMOUNT = /\d\.\d{2}(?![\d.,])/;

/**
 * Whether the amounts are written with a decimal comma, as European banks export them (1.234,56): some amount
 * of the column is, and none has a decimal point. A bank exports one format.
 */
function usesDecimalComma(rows: readonly (readonly Cell[])[], headerIndex: number, column: number): boolean {
  if (column < 0) return false;
  let comma = false;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cell = rows[r]?.[column];
    if (typeof cell !== 'string') continue;
    if (POINT_AMOUNT.test(cell)) return false;
    if (COMMA_AMOUNT.test(cell)) comma = true;
  }
  return comma;
}

const NEGATIVE_AMOUNT: Message = { en: 'an amount received (it is negative)', zh: '到账金额（它是负数）' };

/** A money cell: a non-negative exact amount in its own currency, the declared one, or USD. */
function money(
  cell: Cell | undefined,
  declared: CurrencyCode | null,
  decimalComma = false,
): Money | { what: Message } {
  if (cell === undefined) return { what: ANY_AMOUNT };
  const read = readMoneyCell(
    decimalComma && typeof cell === 'string'
      ? cell.replace(/\d[\d. \u00a0]*(?:,\d+)?/g, (n) => n.replace(/[. \u00a0]/g, '').replace(',', '.'))
      : cell,
  );
  if (!read.ok) return { what: read.reason === 'negative' ? NEGATIVE_AMOUNT : ANY_AMOUNT };
  const currency = read.currency ?? declared ?? 'USD';
  if (declared !== null && currency !== declared)
    return { what: { en: `an amount in ${declared}`, zh: `${declared} 金额` } };
  return { minor: read.minor, currency };
}

/**
 * A day (2026-11-09, 2026/11/09, 2026.11.09, 2026年11月9日, 20261109 as banks export it, and day and month before
 * the year: 09/11/2026 or 11/09/2026), then a time.
 */
const DATE_TIME =
  /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{8}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?:\s*T?\s*(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2})?)?秒?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Day and month before the year, as European (day first) and US (month first) banks export dates. */
const DAY_MONTH_YEAR = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** Whether a day-month-year date is day first ('dmy'), month first ('mdy'), or could be either (null). */
function dayFirstOrLast(day: string): DayOrder | null {
  const m = DAY_MONTH_YEAR.exec(day);
  if (m === null) return null;
  const first = Number(m[1]);
  const second = Number(m[2]);
  if (first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  return null;
}

/** In which order a column's dates give day and month; null when none of them tells (or they disagree). */
export type DayOrder = 'dmy' | 'mdy';

/**
 * The order of day and month in a column of dates like 09/11/2026: one date with a day after the 12th tells it
 * for the whole column (a bank exports one format). null when no date tells, or when two disagree.
 */
function dayOrderOf(
  rows: readonly (readonly Cell[])[],
  headerIndex: number,
  column: number,
): DayOrder | null {
  if (column < 0) return null;
  let order: DayOrder | null = null;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cell = rows[r]?.[column];
    if (typeof cell !== 'string') continue;
    const m = DATE_TIME.exec(cell.normalize('NFKC').trim());
    const told = m === null ? null : dayFirstOrLast(m[1] as string);
    if (told === null) continue;
    if (order !== null && told !== order) return null;
    order = told;
  }
  return order;
}

/** A currency a statement's title rows name: 账号 …（人民币）, Currency: USD. */
const TITLE_CURRENCY = /人民币|美元|美金|欧元|\b(?:USD|CNY|RMB|EUR)\b/g;

/** The one currency the rows above the header name (none, or two different ones: null). */
function currencyOfTitles(rows: readonly (readonly Cell[])[], headerIndex: number): CurrencyCode | null {
  const named = new Set<CurrencyCode>();
  for (let r = 0; r < headerIndex; r++)
    for (const cell of rows[r] ?? [])
      for (const word of cellText(cell).normalize('NFKC').toUpperCase().match(TITLE_CURRENCY) ?? []) {
        const code = resolveCurrency(word);
        if (code !== null) named.add(code);
      }
  return named.size === 1 ? ([...named][0] as CurrencyCode) : null;
}

/** The rows of a date column that hold converted dates whose day could be a month, beside text that tells the order. */
function convertedDates(
  rows: readonly (readonly Cell[])[],
  headerIndex: number,
  column: number,
  dayOrder: DayOrder | null,
): number[] {
  if (column < 0 || dayOrder === null) return [];
  const out: number[] = [];
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cell = rows[r]?.[column];
    if (
      cell !== undefined &&
      typeof cell !== 'string' &&
      cell.kind === 'date' &&
      Number(cell.date.slice(8, 10)) <= 12
    )
      out.push(r + 1);
  }
  return out;
}

/**
 * When the receipt arrived: a sort key (ms since the epoch) and its US Pacific day. A date or date-time is US
 * Pacific unless the cell carries a zone (`Z`, `+08:00`). null when the cell is empty or not a date; a date with
 * day and month before the year is read in the column's `dayOrder` (null: only when the date itself tells).
 */
export function receivedAt(
  cell: Cell | undefined,
  dayOrder: DayOrder | null = null,
): { at: number; day: string } | null {
  if (cell === undefined || isBlankCell(cell)) return null;
  let dayText: string;
  let time = [0, 0, 0];
  let zone: string | undefined;
  if (typeof cell !== 'string' && cell.kind === 'date') {
    dayText = cell.date;
    if (cell.time) time = cell.time.split(':').map(Number);
  } else {
    const m = DATE_TIME.exec(cellText(cell).normalize('NFKC').trim());
    if (m === null) {
      const day = parseIsoDate(cellText(cell));
      return day === null ? null : { at: pacificToUtc(day, [0, 0, 0]), day };
    }
    const written = m[1] as string;
    const dayMonth = DAY_MONTH_YEAR.exec(written);
    if (dayMonth !== null) {
      const order = dayFirstOrLast(written) ?? dayOrder;
      if (order === null) return null;
      const [, first, second, year] = dayMonth as unknown as [string, string, string, string];
      const [d, mo] = order === 'dmy' ? [first, second] : [second, first];
      dayText = `${year}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    } else dayText = written.replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
    time = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
    zone = m[5];
  }
  const day = parseIsoDate(dayText);
  if (day === null) return null;
  if (zone === undefined) return { at: pacificToUtc(day, time), day };
  const offset = zone.toUpperCase() === 'Z' ? 0 : zoneMinutes(zone);
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const at = Date.UTC(y, mo - 1, d, time[0] ?? 0, time[1] ?? 0, time[2] ?? 0) - offset * 60_000;
  return { at, day: pacificDay(at) };
}

function zoneMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[^0-9]/g, '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

const HOUR = 3_600_000;
const DAY_MS = 24 * HOUR;
/** Instants from 1900 to 9000: Pacific time there is 7 or 8 hours behind UTC (PDT, PST, the war's PWT). */
const FAST_FROM = Date.UTC(1900, 0, 1);
const FAST_TO = Date.UTC(9000, 0, 1);

/**
 * The US Pacific calendar day of an instant. Pacific is 7 or 8 hours behind UTC, so when the instant less 7
 * hours and less 8 hours fall on one UTC day, that is the day; only the hour where they differ asks Intl (a
 * statement of thousands of receipts would otherwise format each one through Intl).
 */
function pacificDay(at: number): string {
  const late = Math.floor((at - 7 * HOUR) / DAY_MS);
  if (at >= FAST_FROM && at < FAST_TO && late === Math.floor((at - 8 * HOUR) / DAY_MS)) return utcDay(late);
  return PACIFIC_DAY.format(new Date(at));
}

/** YYYY-MM-DD of the day `days` after 1970-01-01, once per day. */
function utcDay(days: number): string {
  let text = UTC_DAYS.get(days);
  if (text === undefined) {
    if (UTC_DAYS.size >= 4096) UTC_DAYS.clear();
    text = new Date(days * DAY_MS).toISOString().slice(0, 10);
    UTC_DAYS.set(days, text);
  }
  return text;
}
const UTC_DAYS = new Map<number, string>();

const PACIFIC_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Los_Angeles',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const PACIFIC_PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Los_Angeles',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** A US Pacific wall-clock time → ms since the epoch (Pacific's offset on that day, as Intl reports it at noon). */
function pacificToUtc(day: string, [h = 0, mi = 0, s = 0]: number[]): number {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) + pacificOffset(day);
}

/** ms to add to a Pacific wall-clock time read as UTC (7 or 8 hours), once per day. */
const pacificOffset = memoize((day: string): number => {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, 12);
  const parts = Object.fromEntries(
    PACIFIC_PARTS.formatToParts(new Date(asUtc)).map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const shown = Date.UTC(
    parts.year ?? y,
    (parts.month ?? mo) - 1,
    parts.day ?? d,
    parts.hour ?? 12,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - shown;
});
