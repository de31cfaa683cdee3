/// <reference path="./unzipper.d.ts" />
import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { asShown, type Cell, dateCell, type NumberCell, numberCell } from '../cells.ts';

/**
 * XLSX → typed cells, streamed: exceljs's WorkbookReader yields the sheets in file order and each sheet's rows
 * as they are parsed, so memory holds one row plus the shared strings. Only cells the file has are visited:
 * a stray formatted cell at XFD1 or A1048576 costs one cell, not rows × columns.
 */

export interface XlsxRow {
  /** 1-based sheet row. */
  row: number;
  cells: Cell[];
}

export interface XlsxSheet {
  name: string;
  /** Hidden or very hidden (a lists sheet behind a dropdown): not where the orders are. */
  hidden: boolean;
  /** The rows that hold something, in order; iterate at most once, or not at all to skip the sheet. */
  rows: AsyncIterable<XlsxRow>;
}

/**
 * The built-in number formats that Excel and WPS show as CJK dates and times and that exceljs 4.4 maps to
 * nothing (ECMA-376 §18.8.30 leaves 27–36 and 50–58 to the locale): as zh-CN Excel shows them.
 */
const CJK_BUILTIN_FORMATS: ReadonlyMap<number, string> = new Map([
  [27, 'yyyy"年"m"月"'],
  [28, 'm"月"d"日"'],
  [29, 'm"月"d"日"'],
  [30, 'm-d-yy'],
  [31, 'yyyy"年"m"月"d"日"'],
  [32, 'h"时"mm"分"'],
  [33, 'h"时"mm"分"ss"秒"'],
  [34, 'h"时"mm"分"'],
  [35, 'h"时"mm"分"ss"秒"'],
  [36, 'yyyy"年"m"月"'],
  [50, 'yyyy"年"m"月"'],
  [51, 'm"月"d"日"'],
  [52, 'yyyy"年"m"月"'],
  [53, 'm"月"d"日"'],
  [54, 'm"月"d"日"'],
  [55, 'h"时"mm"分"'],
  [56, 'h"时"mm"分"ss"秒"'],
  [57, 'yyyy"年"m"月"'],
  [58, 'm"月"d"日"'],
]);

/** exceljs's style manager, as far as it is used here (its number-format index is not in the typings). */
interface StyleIndex {
  index?: { numFmt?: Record<number, string> };
}

function addCjkFormats(styles: StyleIndex | undefined): void {
  const formats = styles?.index?.numFmt;
  if (!formats) return;
  for (const [id, code] of CJK_BUILTIN_FORMATS) formats[id] ??= code;
}

/**
 * exceljs reads a formula's cached error (`<c t="e"><f>VLOOKUP(…)</f><v>#N/A</v></c>`) as the number NaN, which
 * is the same as no value. The sheet XML is rewritten on its way in so that the error comes through as the text
 * ERROR_MARK + code; toCell turns it into an ErrorCell. Byte-exact elsewhere (latin1 keeps UTF-8 bytes as they are).
 */
/** A private-use character: no spreadsheet text starts with it by accident. */
const ERROR_MARK = '\ue000error:';
const FORMULA_ERROR = /<c ([^>]*?)t="e"([^>]*)>(<f[^>]*>[^<]*<\/f>|<f[^>]*\/>)<v>([^<]*)<\/v>/g;

async function* markFormulaErrors(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let carry = '';
  for await (const chunk of chunks) {
    const text = carry + chunk.toString('latin1');
    // Rewrite only whole cells: keep what follows the last complete `</c>` for the next chunk.
    const cut = text.lastIndexOf('</c>') + 4;
    if (cut < 4) {
      carry = text;
      continue;
    }
    carry = text.slice(cut);
    yield Buffer.from(rewriteErrors(text.slice(0, cut)), 'latin1');
  }
  if (carry) yield Buffer.from(rewriteErrors(carry), 'latin1');
}

function rewriteErrors(xml: string): string {
  if (!xml.includes('t="e"')) return xml;
  return xml.replace(FORMULA_ERROR, (_, before, after, formula, code) => {
    return `<c ${before}t="str"${after}>${formula}<v>&#xE000;error:${code}</v>`;
  });
}

/** The parts of exceljs's streaming WorkbookReader used here (its parse steps are not in the typings). */
interface ReaderInternals {
  styles?: StyleIndex;
  properties?: { model?: { date1904?: boolean } };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<Buffer>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: unknown }>;
}

interface ZipEntry {
  path: string;
  stream(): Readable;
}

const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * The workbook's sheets in order, each read lazily. The archive is opened through its central directory and the
 * parts a sheet depends on (relationships, workbook, shared strings, styles) are parsed first: exceljs's own
 * single streaming pass loses entries intermittently when the sheets come before them in the file, as
 * LibreOffice writes them (exceljs issues 683 and 3064), leaving names and shared strings out.
 */
export async function* readXlsxSheets(path: string): AsyncGenerator<XlsxSheet> {
  // Loaded on first use: a CSV run does not pay for exceljs (about 40 MB of memory at start).
  const [{ default: exceljs }, { default: unzipper }] = await Promise.all([
    import('exceljs'),
    import('unzipper'),
  ]);
  const reader = new exceljs.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const internals = reader as unknown as ReaderInternals;
  const directory: { files: ZipEntry[] } = await unzipper.Open.file(path);
  const part = (name: string) => directory.files.find((f) => f.path === name);
  const rels = part('xl/_rels/workbook.xml.rels');
  const workbook = part('xl/workbook.xml');
  if (!rels || !workbook) throw new Error(`${path}: not an XLSX workbook`);
  await internals._parseRels(rels.stream());
  await internals._parseWorkbook(workbook.stream());
  const sharedStrings = part('xl/sharedStrings.xml');
  if (sharedStrings) for await (const _ of internals._parseSharedStrings(sharedStrings.stream()));
  const styles = part('xl/styles.xml');
  if (styles) await internals._parseStyles(styles.stream());
  addCjkFormats(internals.styles);
  const date1904 = Boolean(internals.properties?.model?.date1904);

  const sheets = directory.files
    .map((f) => ({ entry: f, number: Number(WORKSHEET.exec(f.path)?.[1]) }))
    .filter((s) => Number.isInteger(s.number))
    .sort((a, b) => a.number - b.number);
  for (const { entry, number } of sheets) {
    // The Readable itself, not exceljs's iterateStream (which buffers the whole part without back-pressure).
    const chunks = markFormulaErrors(lazily(entry));
    for (const event of internals._parseWorksheet(chunks, String(number))) {
      if (event.eventType !== 'worksheet') continue;
      const sheet = event.value as { name?: string; state?: string };
      yield {
        name: sheet.name ?? `Sheet${number}`,
        hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
        rows: sheetRows(event.value as ExcelJS.stream.xlsx.WorksheetReader, date1904),
      };
    }
  }
}

/** The part's bytes, opened only when a sheet's rows are read (a skipped sheet is never inflated). */
async function* lazily(entry: ZipEntry): AsyncGenerator<Buffer> {
  yield* entry.stream() as AsyncIterable<Buffer>;
}

async function* sheetRows(
  worksheet: ExcelJS.stream.xlsx.WorksheetReader,
  date1904: boolean,
): AsyncGenerator<XlsxRow> {
  for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
    const cells: Cell[] = [];
    let last = -1;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = excelCell(cell, date1904);
      if (value === '') return;
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = value;
      last = column - 1;
    });
    if (last >= 0) yield { row: row.number, cells };
  }
}

/** Format text outside quotes and brackets: what decides what kind of number a format shows. */
function formatSkeleton(numFmt: string): string {
  return numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhs]/i.test(
    formatSkeleton(numFmt)
      .replace(/\[[^\]]*]/g, '')
      .replace(/general/i, ''),
  );
}

/** ISO codes a currency format names: `[$USD]`, `"USD"`, `[$¥-804]` (zh-CN yuan), `[$$-409]` (US dollar). */
function currencyOfFormat(numFmt: string): { currency: boolean; code?: string } {
  const code = /\[\$([A-Z]{3})[\]-]|"([A-Z]{3})"|(?:^|[^A-Z])(USD|CNY|RMB)(?:[^A-Z]|$)/.exec(numFmt);
  const named = code?.[1] ?? code?.[2] ?? code?.[3];
  if (named) return { currency: true, code: named === 'RMB' ? 'CNY' : named };
  const locale = /\[\$([^\]-]*)-([0-9A-Fa-f]+)]/.exec(numFmt);
  if (locale) {
    const lcid = Number.parseInt(locale[2] ?? '', 16);
    if (locale[1] === '¥' || locale[1] === '￥')
      return { currency: true, code: lcid === 0x804 ? 'CNY' : undefined };
    if (locale[1] === '$') return { currency: true, code: lcid === 0x409 ? 'USD' : undefined };
    if (locale[1]) return { currency: true };
  }
  if (/[$¥￥€£]/.test(formatSkeleton(numFmt))) return { currency: true };
  return { currency: false };
}

function numberWithFormat(value: number, numFmt: string | undefined): NumberCell {
  const extra: { imprecise?: true; currency?: string } = {};
  // Excel keeps 15 significant digits: a whole number of 16+ digits (an order number) has lost its tail.
  if (Number.isInteger(value) && Math.abs(value) >= 1e15) extra.imprecise = true;
  const shown = asShown(value);
  if (!numFmt) return numberCell(shown, 'general', extra);
  if (formatSkeleton(numFmt).includes('%')) return numberCell(shown, 'percent', extra);
  const currency = currencyOfFormat(numFmt);
  if (currency.currency) {
    if (currency.code) extra.currency = currency.code;
    return numberCell(shown, 'currency', extra);
  }
  return numberCell(shown, 'general', extra);
}

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 date system; the 1904 system counts 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * MS_PER_DAY));
}

/** A date as the spreadsheet shows it: exceljs builds it on UTC, so the UTC fields are the sheet's own. */
function fromDate(value: Date): Cell {
  if (Number.isNaN(value.getTime())) return '';
  // Round to the second: serials carry binary noise (23:59:59.9996).
  const rounded = new Date(Math.round(value.getTime() / 1000) * 1000);
  const iso = rounded.toISOString();
  const time = iso.slice(11, 19);
  return dateCell(iso.slice(0, 10), time === '00:00:00' ? undefined : time);
}

/**
 * The cell's value with its formula's saved result, even a falsy one: exceljs drops a result of 0, false or ''
 * from `cell.value` (exceljs#2943: `if (value)` in its copy), which read as "no saved result"; its model keeps it.
 */
function cellValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (typeof value !== 'object' || value === null || !('formula' in value || 'sharedFormula' in value))
    return value;
  if ('result' in value && value.result !== undefined) return value;
  const result = (cell.model as { result?: unknown }).result;
  return result === undefined ? value : ({ ...value, result } as ExcelJS.CellValue);
}

/** One exceljs cell → a typed cell: what both XLSX readers (streamed and whole-workbook) read each cell with. */
export function excelCell(cell: ExcelJS.Cell, date1904: boolean): Cell {
  return toCell(cellValue(cell), cell.numFmt, date1904);
}

/** One exceljs cell value → a typed cell. */
function toCell(value: ExcelJS.CellValue, numFmt: string | undefined, date1904: boolean): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    return value.startsWith(ERROR_MARK) ? { kind: 'error', code: value.slice(ERROR_MARK.length) } : value;
  }
  if (typeof value === 'number') {
    return isDateFormat(numFmt) ? fromDate(serialToDate(value, date1904)) : numberWithFormat(value, numFmt);
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return fromDate(value);
  if ('error' in value) return { kind: 'error', code: String(value.error) };
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) {
      const formula = (value as { formula?: string; sharedFormula?: string }).formula ?? '';
      return { kind: 'formula', formula };
    }
    return toCell(result as ExcelJS.CellValue, numFmt, date1904);
  }
  if ('text' in value) {
    const text = (value as { text: unknown }).text;
    if (typeof text === 'string') return text;
    return toCell(text as ExcelJS.CellValue, numFmt, date1904);
  }
  return '';
}
