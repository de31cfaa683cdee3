/**
 * The typed cell: what a sheet reader hands to core's order reader. Spreadsheets store what the user typed as
 * typed values (`30%` is the number 0.3 formatted as a percentage, a date is a date, a formula may have no
 * cached value), so a reader says what it knows instead of flattening everything to text:
 *
 * - CSV fills every cell with text (a plain string: it costs nothing, and '' is an empty cell);
 * - the XLSX reader and the Sheets add-on fill cells from the values and number formats their sources keep.
 *
 * The checks never see cells: core's order reader (core/src/read) turns them into a typed order.
 */
export type Cell = string | NumberCell | DateCell | BooleanCell | ErrorCell | FormulaCell;

/** How a number was formatted where the user typed it. */
export type NumberFormat =
  /** No format the reader recognises: the number is what it is. */
  | 'general'
  /** `0%`, `0.00%`: the stored 0.3 means 30%. */
  | 'percent'
  /** A currency format (`$#,##0.00`, `[$USD] #,##0.00`, `¥#,##0.00`); `currency` names it when the format does. */
  | 'currency';

export interface NumberCell {
  kind: 'number';
  /** As the source shows it: a reader rounds binary noise away (`864.1899999999999` → 864.19, 15 significant digits). */
  value: number;
  format: NumberFormat;
  /** ISO 4217 code of a currency format, when the format names one. */
  currency?: string;
  /** The text the spreadsheet displays, when the reader knows it (quoted back to the user in findings). */
  display?: string;
  /** 16 or more significant digits were typed: the spreadsheet has already rounded the number (sheet/number-precision). */
  imprecise?: boolean;
}

export interface DateCell {
  kind: 'date';
  /** The calendar day, YYYY-MM-DD, as the spreadsheet shows it (no time-zone shift). */
  date: string;
  /** HH:MM:SS when the cell holds a time of day too. */
  time?: string;
  display?: string;
}

export interface BooleanCell {
  kind: 'boolean';
  value: boolean;
}

/** A spreadsheet error value: `#N/A`, `#REF!`, `#DIV/0!`, `#VALUE!` … The value is not given. */
export interface ErrorCell {
  kind: 'error';
  code: string;
}

/** A formula whose result the file does not carry (saved without calculating). */
export interface FormulaCell {
  kind: 'formula';
  formula: string;
}

/** A row of cells; a cell past the end of a short row is empty. */
export type CellRow = readonly Cell[];

export function numberCell(
  value: number,
  format: NumberFormat = 'general',
  extra?: Partial<Omit<NumberCell, 'kind' | 'value' | 'format'>>,
): NumberCell {
  return { kind: 'number', value, format, ...extra };
}

export function dateCell(date: string, time?: string): DateCell {
  return time === undefined ? { kind: 'date', date } : { kind: 'date', date, time };
}

/** Numbers as a spreadsheet shows them: 15 significant digits (Excel's and Sheets' precision). */
export function asShown(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/**
 * The text of a cell as the user sees it, for quoting back in findings: a string as it is, a number by its
 * display text (or as shown), a date as YYYY-MM-DD[ HH:MM:SS], an error by its code, a formula as `=…`.
 */
export function cellDisplay(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  switch (cell.kind) {
    case 'number':
      return cell.display ?? String(asShown(cell.value));
    case 'date':
      return cell.display ?? (cell.time ? `${cell.date} ${cell.time}` : cell.date);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.code;
    case 'formula':
      return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  }
}

/** True for a cell that holds nothing: '' or only white space. */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  // Most cells start with a visible ASCII character: no trim (and no copy) needed to know they are not blank.
  const first = cell.charCodeAt(0);
  return cell.length === 0 || (!(first > 32 && first < 127) && cell.trim() === '');
}
