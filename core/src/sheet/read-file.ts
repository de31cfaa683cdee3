import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { type Cell, dateCell, numberCell } from '../cells.ts';
import { ChunkDecoder, detectEncoding } from './decode.ts';

export type Grid = Cell[][];

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
  const workbook = await newWorkbook();
  // exceljs's types lag Node's Buffer generics; the runtime accepts any Buffer / ArrayBuffer.
  await workbook.xlsx.load(data as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  return sheet ? sheetGrid(sheet) : [];
}

/** exceljs is loaded on first use: a CSV run (and every ta-check start) does not pay for it. */
async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import('exceljs');
  return new exceljs.Workbook();
}

function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: Grid = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** Every worksheet of an XLSX file, by name (fund linking reads an orders and a receipts sheet from one file). */
export async function readWorkbookSheets(path: string): Promise<{ name: string; grid: Grid }[]> {
  const data = await readBytes(path);
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new SheetReadError(`${path}: not a readable XLSX workbook`);
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, grid: sheetGrid(sheet) }));
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberCell(value);
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return dateCell(value.toISOString().slice(0, 10));
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return { kind: 'error', code: String(value.error) };
  }
  return String(value);
}

/** Reads a .csv or .xlsx file; anything else, or an unreadable file, is a SheetReadError. */
export async function readSheetFile(path: string): Promise<Grid> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') {
    throw new SheetReadError(`${path}: not a .csv or .xlsx file`);
  }
  const data = await readBytes(path);
  // As ta-check reads CSV: Chinese Excel and WPS save GB18030, Excel's "Unicode text" UTF-16.
  if (ext === '.csv') {
    const decoder = new ChunkDecoder(detectEncoding(data));
    return parseCsv(decoder.decode(data) + decoder.end());
  }
  try {
    return await parseXlsx(data);
  } catch {
    throw new SheetReadError(`${path}: not a readable XLSX workbook`);
  }
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'cannot be read');
    throw new SheetReadError(`${path}: ${why}`);
  }
}
