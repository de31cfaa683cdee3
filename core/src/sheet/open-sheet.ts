import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Cell, CellRow } from '../cells.ts';
import type { Message } from '../types.ts';
import { type CsvRecord, CsvSplitter } from './csv-stream.ts';
import {
  ChunkDecoder,
  type DetectedEncoding,
  detectEncoding,
  encodingByName,
  SHEET_ENCODINGS,
} from './decode.ts';
import {
  classifyRow,
  findTable,
  HEADER_SEARCH_ROWS,
  MONEY_FIELDS,
  type RowKind,
  SAMPLE_ROWS,
  type TableLayout,
  type TableSearch,
} from './find-table.ts';
import { SheetReadError } from './read-file.ts';
import { readXlsxSheets } from './xlsx-stream.ts';

/**
 * An order sheet opened for reading, as people have them: CSV in any of the usual encodings and delimiters, or
 * XLSX with typed cells; the table found under title rows; the sheet holding the orders chosen. Rows are read
 * in batches, streamed from the file, so memory does not grow with the sheet; `rows()` may be called again for
 * a second pass (cross-row rules).
 */
export interface SheetRow {
  /** 1-based sheet row, as the spreadsheet numbers it. */
  row: number;
  cells: Cell[];
  /** `title`: above the header (a title or date line); `header`: the header row itself. */
  kind: RowKind | 'title' | 'header';
  /** CSV only: a quote opened a field on this row and never closed (sheet/quote-damage). */
  damage?: 'quote';
}

/** How the sheet writes numbers: `unknown` is a semicolon file where `12.000` cannot be told apart (amount/ambiguous). */
export type DecimalMark = 'point' | 'comma' | 'unknown';

export interface OpenedSheet {
  format: 'csv' | 'xlsx';
  /** CSV: the encoding read, and how it was decided. */
  encoding: DetectedEncoding | null;
  /** CSV: the delimiter. */
  delimiter: string | null;
  /** XLSX: the sheet read. */
  sheetName: string | null;
  decimalMark: DecimalMark;
  /** 1-based sheet row of the header. */
  headerRow: number;
  header: Cell[];
  layout: TableLayout;
  /** What the user should know about how the sheet was read (encoding, sheet, header row, unknown columns). */
  notices: Message[];
  /** Every row of the sheet from its first, in order, in batches (the header and the rows above it included). */
  rows(): AsyncGenerator<SheetRow[]>;
}

/** Blank rows above the header are titles' spacing; any other kind below it is a data row. */
function kindOf(
  row: number,
  headerRow: number,
  cells: CellRow,
  orderTypeColumn: number | undefined,
): SheetRow['kind'] {
  if (row < headerRow) return 'title';
  if (row === headerRow) return 'header';
  return classifyRow(cells, orderTypeColumn);
}

export interface OpenSheetOptions {
  /** `--encoding`: overrides detection (CSV). */
  encoding?: string;
  /** `--sheet`: the sheet to read (XLSX). */
  sheet?: string;
}

const CSV_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
/** Workbooks people have that ta-check does not read: say what to do instead. */
const SAVE_AS = new Set(['.xls', '.et', '.ods', '.numbers', '.wps', '.xlsb']);
const HEAD_BYTES = 256 * 1024;
const BATCH_BYTES = 256 * 1024;
const DELIMITERS = [',', ';', '\t', '|'];

function saveAsError(path: string, what: string): SheetReadError {
  return new SheetReadError(
    `${path}: ${what} cannot be read: open it in Excel, WPS or LibreOffice and save it as .xlsx (or as CSV UTF-8)`,
    `${path}：无法读取${what}：请用 Excel、WPS 或 LibreOffice 打开，另存为 .xlsx（或 CSV UTF-8）`,
  );
}

export async function openSheet(path: string, options: OpenSheetOptions = {}): Promise<OpenedSheet> {
  const ext = extname(path).toLowerCase();
  if (SAVE_AS.has(ext)) throw saveAsError(path, `a ${ext} workbook`);
  if (!CSV_EXTENSIONS.has(ext) && !XLSX_EXTENSIONS.has(ext)) {
    throw new SheetReadError(`${path}: not a .csv or .xlsx file`, `${path}：不是 .csv 或 .xlsx 文件`);
  }
  const head = await readHead(path);
  const magic = sniff(head);
  if (magic === 'ole') throw saveAsError(path, 'an Excel 97–2003 (.xls) or WPS (.et) workbook');
  if (XLSX_EXTENSIONS.has(ext) || magic === 'zip') {
    if (magic !== 'zip')
      throw new SheetReadError(`${path}: not a readable XLSX workbook`, `${path}：不是可读取的 XLSX 工作簿`);
    return openXlsx(path, options);
  }
  return openCsv(path, head, options);
}

async function readHead(path: string): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const [en, zh] =
      code === 'ENOENT'
        ? ['no such file', '文件不存在']
        : code === 'EISDIR'
          ? ['is a directory', '是一个文件夹']
          : ['cannot be read', '无法读取'];
    throw new SheetReadError(`${path}: ${en}`, `${path}：${zh}`);
  }
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function sniff(head: Uint8Array): 'zip' | 'ole' | null {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'ole';
  return null;
}

/** Spreadsheet column letters for a 0-based column: 0 → A, 27 → AB. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function tableNotices(layout: TableLayout, headerRow: number): Message[] {
  const notices: Message[] = [];
  if (headerRow > 1) {
    notices.push({
      en: `the header is on row ${headerRow}; rows above it are not orders and were not read`,
      zh: `表头在第 ${headerRow} 行；其上方的行不是订单，未读取`,
    });
  }
  if (layout.unknown.length) {
    const list = layout.unknown.map((u) => `${columnLetter(u.column)} "${u.header}"`).join(', ');
    notices.push({
      en: `not order columns, ignored: ${list} (see docs/order-sheet.md)`,
      zh: `不是订单列，已忽略：${list}（见 docs/order-sheet.md）`,
    });
  }
  for (const field of layout.duplicates) {
    notices.push({
      en: `"${field}" appears twice; the first column is used`,
      zh: `"${field}" 出现两次；使用第一列`,
    });
  }
  return notices;
}

function noTableError(
  path: string,
  search: Extract<TableSearch, { found: false }>,
  where: string,
): SheetReadError {
  if (search.reason === 'no-order-column') {
    const known = (search.known ?? []).join(', ');
    return new SheetReadError(
      `${path}${where}: no order type or amount column (the header on row ${(search.bestRow ?? 0) + 1} names only ${known}): nothing to check (see docs/order-sheet.md)`,
      `${path}${where}：没有订单类型或金额列（第 ${(search.bestRow ?? 0) + 1} 行的表头只有 ${known}）：无可检查的内容（见 docs/order-sheet.md）`,
    );
  }
  return new SheetReadError(
    `${path}${where}: no header row with known columns in the first ${HEADER_SEARCH_ROWS} rows (see docs/order-sheet.md)`,
    `${path}${where}：前 ${HEADER_SEARCH_ROWS} 行中没有包含已知列名的表头（见 docs/order-sheet.md）`,
  );
}

// --- CSV -----------------------------------------------------------------------------------------------------------

/** `sep=;` on the first line (Excel's delimiter hint): the delimiter, and the line is not a row. */
function sepLine(text: string): string | null {
  const m = /^sep=(.)\r?\n/.exec(text);
  return m ? (m[1] as string) : null;
}

function headRecords(text: string, delimiter: string, complete: boolean): CsvRecord[] {
  const splitter = new CsvSplitter(delimiter);
  const out: CsvRecord[] = [];
  splitter.push(text, out);
  if (complete) splitter.end(out);
  return out.slice(0, HEADER_SEARCH_ROWS + SAMPLE_ROWS);
}

function knownColumns(search: TableSearch): number {
  return search.found ? search.layout.columns.filter((c) => c !== null).length : -1;
}

const DECIMAL_COMMA = /^[^\d-]*-?\d{1,3}(?:\.\d{3})*,\d+\D*$|^[^\d-]*-?\d+,\d{1,2}\D*$/;

function decimalMarkOf(delimiter: string, records: readonly CsvRecord[], layout: TableLayout): DecimalMark {
  if (delimiter !== ';') return 'point';
  for (const record of records.slice(layout.headerIndex + 1)) {
    for (let c = 0; c < record.cells.length; c++) {
      const field = layout.columns[c];
      if (field && MONEY_FIELDS.has(field) && DECIMAL_COMMA.test((record.cells[c] ?? '').trim()))
        return 'comma';
    }
  }
  return 'unknown';
}

async function openCsv(path: string, head: Uint8Array, options: OpenSheetOptions): Promise<OpenedSheet> {
  let encoding: DetectedEncoding;
  if (options.encoding !== undefined) {
    const chosen = encodingByName(options.encoding);
    if (!chosen) {
      throw new SheetReadError(
        `--encoding must be one of ${SHEET_ENCODINGS.join(', ')} (or gbk, gb2312), not "${options.encoding}"`,
        `--encoding 须为 ${SHEET_ENCODINGS.join('、')}（或 gbk、gb2312），而不是 "${options.encoding}"`,
      );
    }
    const detected = detectEncoding(head);
    encoding = {
      encoding: chosen,
      bomLength: detected.encoding === chosen ? detected.bomLength : 0,
      by: 'option',
    };
  } else {
    encoding = detectEncoding(head);
  }
  const complete = head.length < HEAD_BYTES;
  const decoder = new ChunkDecoder(encoding);
  let text = decoder.decode(head);
  if (complete) text += decoder.end();
  else text = text.slice(0, Math.max(0, text.lastIndexOf('\n') + 1));

  const sep = sepLine(text);
  const body = sep === null ? text : text.slice(text.indexOf('\n') + 1);
  let best: { delimiter: string; search: TableSearch; records: CsvRecord[] } | null = null;
  for (const delimiter of sep === null ? DELIMITERS : [sep]) {
    const records = headRecords(body, delimiter, complete);
    const search = findTable(records.map((r) => r.cells));
    if (best === null || knownColumns(search) > knownColumns(best.search))
      best = { delimiter, search, records };
  }
  if (best === null || !best.search.found) {
    throw noTableError(
      path,
      best?.search.found === false ? best.search : { found: false, reason: 'no-header' },
      '',
    );
  }
  const { delimiter, records } = best;
  const layout = best.search.layout;
  const headerRecord = records[layout.headerIndex] as CsvRecord;
  const notices: Message[] = [];
  if (encoding.encoding !== 'utf-8') {
    const name = encoding.encoding.toUpperCase();
    const how =
      encoding.by === 'guess'
        ? { en: ' (guessed; use --encoding to change)', zh: '（推测；可用 --encoding 指定）' }
        : { en: '', zh: '' };
    notices.push({
      en: `read ${basename(path)} as ${name}${how.en}`,
      zh: `按 ${name} 编码读取 ${basename(path)}${how.zh}`,
    });
  }
  notices.push(...tableNotices(layout, headerRecord.row));
  const orderType = layout.columns.indexOf('order_type');
  const orderTypeColumn = orderType < 0 ? undefined : orderType;

  return {
    format: 'csv',
    encoding,
    delimiter,
    sheetName: null,
    decimalMark: decimalMarkOf(delimiter, records, layout),
    headerRow: headerRecord.row,
    header: headerRecord.cells,
    layout,
    notices,
    async *rows() {
      const splitter = new CsvSplitter(delimiter, headerRecord.cells.length);
      const decoder = new ChunkDecoder(encoding);
      let skipSepLine = sep !== null;
      let out: CsvRecord[] = [];
      const take = (records: CsvRecord[]): SheetRow[] => {
        const rows: SheetRow[] = [];
        for (const r of records) {
          const row: SheetRow = {
            row: r.row,
            cells: r.cells,
            kind: kindOf(r.row, headerRecord.row, r.cells, orderTypeColumn),
          };
          if (r.damage) row.damage = r.damage;
          rows.push(row);
        }
        return rows;
      };
      for await (const chunk of createReadStream(path, { highWaterMark: BATCH_BYTES })) {
        let decoded = decoder.decode(chunk as Buffer);
        if (skipSepLine) {
          const newline = decoded.indexOf('\n');
          if (newline < 0) continue;
          decoded = decoded.slice(newline + 1);
          skipSepLine = false;
        }
        splitter.push(decoded, out);
        if (out.length) {
          const rows = take(out);
          out = [];
          if (rows.length) yield rows;
        }
      }
      splitter.push(decoder.end(), out);
      splitter.end(out);
      const rows = take(out);
      if (rows.length) yield rows;
    },
  };
}

// --- XLSX ----------------------------------------------------------------------------------------------------------

interface Probe {
  name: string;
  /** Position among the workbook's sheets, in file order. */
  index: number;
  search: TableSearch;
  /** Sheet row numbers of the probed rows (XLSX rows that hold nothing are absent). */
  rowNumbers: number[];
  rows: CellRow[];
}

async function probeSheets(path: string): Promise<{ probes: Probe[]; hidden: string[] }> {
  const probes: Probe[] = [];
  const hidden: string[] = [];
  let index = 0;
  try {
    for await (const sheet of readXlsxSheets(path)) {
      const position = index++;
      if (sheet.hidden) {
        hidden.push(sheet.name);
        continue;
      }
      const rowNumbers: number[] = [];
      const rows: CellRow[] = [];
      for await (const row of sheet.rows) {
        rowNumbers.push(row.row);
        rows.push(row.cells);
        if (rows.length >= HEADER_SEARCH_ROWS + SAMPLE_ROWS) break;
      }
      probes.push({ name: sheet.name, index: position, search: findTable(rows), rowNumbers, rows });
    }
  } catch (error) {
    if (error instanceof SheetReadError) throw error;
    throw new SheetReadError(`${path}: not a readable XLSX workbook`, `${path}：不是可读取的 XLSX 工作簿`);
  }
  return { probes, hidden };
}

async function openXlsx(path: string, options: OpenSheetOptions): Promise<OpenedSheet> {
  const { probes, hidden } = await probeSheets(path);
  const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
  let chosen: Probe | undefined;
  if (options.sheet !== undefined) {
    chosen = probes.find((p) => p.name === options.sheet);
    if (!chosen) {
      const all = [...probes.map((p) => p.name), ...hidden];
      throw new SheetReadError(
        `${path}: no visible sheet "${options.sheet}"; the sheets are ${quoted(all)}`,
        `${path}：没有名为 "${options.sheet}" 的可见工作表；工作表有 ${quoted(all)}`,
      );
    }
  } else {
    const candidates = probes.filter((p) => p.search.found);
    if (candidates.length > 1) {
      const names = quoted(candidates.map((p) => p.name));
      throw new SheetReadError(
        `${path}: several sheets hold orders: ${names}; choose one with --sheet NAME`,
        `${path}：多个工作表包含订单：${names}；请用 --sheet 名称 指定一个`,
      );
    }
    chosen =
      candidates[0] ??
      probes.find((p) => p.search.found === false && p.search.reason === 'no-order-column') ??
      probes[0];
  }
  if (!chosen) {
    throw new SheetReadError(
      `${path}: the workbook has no visible sheet`,
      `${path}：工作簿中没有可见的工作表`,
    );
  }
  const where = probes.length > 1 || hidden.length ? ` (sheet "${chosen.name}")` : '';
  if (!chosen.search.found) throw noTableError(path, chosen.search, where);
  const layout = chosen.search.layout;
  const headerRow = chosen.rowNumbers[layout.headerIndex] as number;
  const notices: Message[] = [];
  if (probes.length > 1 || hidden.length) {
    const skipped = hidden.length
      ? { en: `; hidden sheets skipped: ${quoted(hidden)}`, zh: `；已跳过隐藏工作表：${quoted(hidden)}` }
      : { en: '', zh: '' };
    notices.push({
      en: `read sheet "${chosen.name}"${skipped.en}`,
      zh: `读取工作表 "${chosen.name}"${skipped.zh}`,
    });
  }
  notices.push(...tableNotices(layout, headerRow));
  const orderType = layout.columns.indexOf('order_type');
  const orderTypeColumn = orderType < 0 ? undefined : orderType;
  const sheetIndex = chosen.index;

  return {
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    sheetName: chosen.name,
    decimalMark: 'point',
    headerRow,
    header: [...(chosen.rows[layout.headerIndex] ?? [])],
    layout,
    notices,
    async *rows() {
      let index = 0;
      for await (const sheet of readXlsxSheets(path)) {
        if (index++ !== sheetIndex) continue;
        let batch: SheetRow[] = [];
        for await (const { row, cells } of sheet.rows) {
          batch.push({ row, cells, kind: kindOf(row, headerRow, cells, orderTypeColumn) });
          if (batch.length >= 1000) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length) yield batch;
        return;
      }
    },
  };
}
