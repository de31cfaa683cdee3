import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { type Cell, dateCell, numberCell } from '../cells.ts';

export type Grid = Cell[][];

/** A sheet that could not be read at all: the message is one line for people, no stack. */
export class SheetReadError extends Error {}

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
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
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
