import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Cell } from '../cells.ts';
import { ChunkDecoder, detectEncoding } from './decode.ts';
import { excelCell } from './xlsx-stream.ts';

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
  return sheet ? sheetGrid(sheet, date1904Of(workbook)) : [];
}

/** exceljs is loaded on first use: a CSV run (and every ta-check start) does not pay for it. */
async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import('exceljs');
  return new exceljs.Workbook();
}

function sheetGrid(sheet: ExcelJS.Worksheet, date1904: boolean): Grid {
  const rows: Grid = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      // Typed as ta-check reads a workbook: 30% is a percent, dates keep their time, ¥ formats their currency.
      cells.push(excelCell(row.getCell(c), date1904));
    }
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

const date1904Of = (workbook: ExcelJS.Workbook) =>
  Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);

/**
 * Every visible worksheet of an XLSX file, by name, and the hidden ones' names (fund linking reads an orders
 * and a receipts sheet from one file; a hidden sheet of old data or dropdown lists is neither).
 */
export async function readWorkbookSheets(
  path: string,
): Promise<{ sheets: { name: string; grid: Grid }[]; hidden: string[] }> {
  const data = await readBytes(path);
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new SheetReadError(`${path}: not a readable XLSX workbook`, `${path}：不是可读取的 XLSX 工作簿`);
  }
  const visible = workbook.worksheets.filter(
    (sheet) => sheet.state === 'visible' || sheet.state === undefined,
  );
  return {
    sheets: visible.map((sheet) => ({ name: sheet.name, grid: sheetGrid(sheet, date1904Of(workbook)) })),
    hidden: workbook.worksheets.filter((sheet) => !visible.includes(sheet)).map((sheet) => sheet.name),
  };
}

/** Reads a .csv or .xlsx file; anything else, or an unreadable file, is a SheetReadError. */
export async function readSheetFile(path: string): Promise<Grid> {
  const ext = extname(path).toLowerCase();
  const csv = ext === '.csv' || ext === '.txt' || ext === '.tsv';
  if (!csv && ext !== '.xlsx' && ext !== '.xlsm') {
    throw new SheetReadError(`${path}: not a .csv or .xlsx file`, `${path}：不是 .csv 或 .xlsx 文件`);
  }
  const data = await readBytes(path);
  // As ta-check reads CSV: Chinese Excel and WPS save GB18030, Excel's "Unicode text" (.txt) UTF-16 with tabs.
  if (csv) {
    const decoder = new ChunkDecoder(detectEncoding(data));
    return parseCsv(decoder.decode(data) + decoder.end());
  }
  try {
    return await parseXlsx(data);
  } catch {
    throw new SheetReadError(`${path}: not a readable XLSX workbook`, `${path}：不是可读取的 XLSX 工作簿`);
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
