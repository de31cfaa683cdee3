import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { RawValue } from '../types.ts';

export type Grid = RawValue[][];

/** A sheet that could not be read at all: the message is one line for people, no stack; `zh` is the same in Chinese. */
export class SheetReadError extends Error {
  readonly zh: string;

  constructor(message: string, zh?: string) {
    super(message);
    this.zh = zh ?? message;
  }
}

/** CSV text → rows of cells (a leading BOM is dropped; quoted newlines and commas handled by papaparse). */
export function parseCsv(text: string): Grid {
  const result = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    skipEmptyLines: false,
  });
  const rows = result.data;
  // A trailing newline yields one empty row at the end: not an order.
  while (rows.length && rows[rows.length - 1]?.every((c) => c === '')) rows.pop();
  return rows;
}

/** The first worksheet of an XLSX workbook → rows of cells: numbers, text, dates (UTC calendar day). */
export async function parseXlsx(data: Buffer | ArrayBuffer): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's types lag Node's Buffer generics; the runtime accepts any Buffer / ArrayBuffer.
  await workbook.xlsx.load(data as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Grid = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: RawValue[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

function cellValue(value: ExcelJS.CellValue): RawValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** Reads a .csv or .xlsx file; anything else, or an unreadable file, is a SheetReadError. */
export async function readSheetFile(path: string): Promise<Grid> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') {
    throw new SheetReadError(`${path}: not a .csv or .xlsx file`);
  }
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'cannot be read');
    throw new SheetReadError(`${path}: ${why}`);
  }
  if (ext === '.csv') return parseCsv(data.toString('utf8'));
  try {
    return await parseXlsx(data);
  } catch {
    throw new SheetReadError(`${path}: not a readable XLSX workbook`);
  }
}
