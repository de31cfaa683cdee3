import Papa from 'papaparse';
import type { Cell } from '../cells.ts';

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
