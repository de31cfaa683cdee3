import { type Cell, isBlankCell } from '../cells.ts';
import { checkCells } from '../check/check-order.ts';
import { formatMinor } from '../money/format.ts';
import { fieldColumns } from '../read/fields.ts';
import { RULES } from '../rules/catalog.ts';
import type { AcrossRows } from '../rules/rule.ts';
import type { CurrencyCode, Fee, Finding, OrderFees, OrderField, Settings } from '../types.ts';
import { fieldForHeader } from './columns.ts';

/** A fee in the report: money as decimal strings with the currency's minor digits (order-sheet.md). */
export interface ReportFee {
  currency: CurrencyCode;
  low: string;
  high: string;
  approximate: boolean;
  source: string;
}

/**
 * One checked order. Fees are kept exact (minor units) and turned into the report's decimal strings only
 * when read: a 100,000-row report then holds one small object per row instead of eight.
 */
export class ReportRow {
  constructor(
    /** 1-based sheet row; the header is row 1. */
    readonly row: number,
    readonly ref: string | null,
    readonly findings: readonly Finding[],
    /** The fees in exact minor units, for people-facing formatting (formatFee). */
    readonly exact: OrderFees,
    /** 0-based column of each field in the sheet, to tie findings to cells. */
    readonly cells: Partial<Record<OrderField, number>>,
  ) {}

  /** The report's fees (order-sheet.md): decimal strings with the currency's minor digits. */
  get fees(): { payment: ReportFee | null; service: ReportFee | null; withdrawal: ReportFee | null } {
    const { payment, service, withdrawal } = this.exact;
    return {
      payment: toReportFee(payment),
      service: toReportFee(service),
      withdrawal: toReportFee(withdrawal),
    };
  }

  /** What reaches the bank after the withdrawal fee (not in the JSON contract; the CSV and the add-on show it). */
  get net(): ReportFee | null {
    return toReportFee(this.exact.net);
  }
}

export interface Report {
  rows: ReportRow[];
  summary: { rows: number; errors: number; warnings: number };
}

export interface HeaderMatch {
  /** Per sheet column, the field it holds (null: unknown column, kept and ignored). */
  columns: (OrderField | null)[];
  /** order_type is the one column every row needs. */
  missingRequired: OrderField[];
  /** Fields named by more than one column: the first wins. */
  duplicates: OrderField[];
}

export function matchHeaders(headerRow: readonly Cell[]): HeaderMatch {
  const seen = new Set<OrderField>();
  const duplicates: OrderField[] = [];
  const columns = headerRow.map((h) => {
    const field = fieldForHeader(typeof h === 'string' ? h : '');
    if (field === null) return null;
    if (seen.has(field)) {
      duplicates.push(field);
      return null;
    }
    seen.add(field);
    return field;
  });
  return { columns, missingRequired: seen.has('order_type') ? [] : ['order_type'], duplicates };
}

export function toReportFee(fee: Fee | null): ReportFee | null {
  if (fee === null) return null;
  return {
    currency: fee.currency,
    low: formatMinor(fee.low, fee.currency),
    high: formatMinor(fee.high, fee.currency),
    approximate: fee.approximate,
    source: fee.source,
  };
}

const PROGRESS_EVERY = 5000;
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function isBlank(row: readonly Cell[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/** The 0-based sheet column of each field the header names. */
export function fieldCells(columns: readonly (OrderField | null)[]): Partial<Record<OrderField, number>> {
  const cells: Partial<Record<OrderField, number>> = {};
  columns.forEach((f, i) => {
    if (f) cells[f] = i;
  });
  return cells;
}

/** The rules that look across rows (a buyer's Boleto month): each file keeps its own aggregation. */
const ACROSS_ROWS = Object.values(RULES).flatMap((rule) => (rule.acrossRows ? [rule.acrossRows] : []));

/**
 * Checks a sheet row by row, in order: built from the header row, fed each data row with its 1-based sheet
 * row number. Blank rows are skipped (they are not orders). Lets a reader check rows as it parses them,
 * without holding the whole sheet.
 */
export class SheetChecker {
  private readonly columnOf: Int16Array;
  private readonly cells: Partial<Record<OrderField, number>>;
  private readonly rows: ReportRow[] = [];
  /** Index into `rows` of each sheet row number. */
  private readonly indexOfRow = new Map<number, number>();
  private errors = 0;
  private warnings = 0;
  private readonly acrossRows: AcrossRows[] = ACROSS_ROWS.map((make) => make());

  constructor(
    headerRow: readonly Cell[],
    private readonly settings: Settings,
    private readonly today: string,
  ) {
    const { columns } = matchHeaders(headerRow);
    this.columnOf = fieldColumns(columns);
    this.cells = fieldCells(columns);
  }

  add(row: readonly Cell[], sheetRow: number): void {
    if (isBlank(row)) return;
    const { order, findings, fees } = checkCells(row, this.columnOf, this.settings, this.today);
    for (const f of findings) this.count(f);
    this.indexOfRow.set(sheetRow, this.rows.length);
    // Most rows are clean: they share one empty list, so a large report keeps fewer objects alive.
    this.rows.push(
      new ReportRow(sheetRow, order.ref, findings.length ? findings : NO_FINDINGS, fees, this.cells),
    );
    for (const rule of this.acrossRows) rule.note(order, sheetRow);
  }

  private count(f: Finding): void {
    if (f.severity === 'error') this.errors++;
    else if (f.severity === 'warning') this.warnings++;
  }

  /** A finding on a row already checked, from a rule that looks across rows (once per rule and row). */
  private addLate = (sheetRow: number, late: Finding): void => {
    const i = this.indexOfRow.get(sheetRow);
    const row = i === undefined ? undefined : this.rows[i];
    if (i === undefined || !row || row.findings.some((f) => f.rule === late.rule)) return;
    this.rows[i] = new ReportRow(row.row, row.ref, [...row.findings, late], row.exact, row.cells);
    this.count(late);
  };

  report(): Report {
    for (const rule of this.acrossRows) rule.finish(this.addLate, this.settings);
    return {
      rows: this.rows,
      summary: { rows: this.rows.length, errors: this.errors, warnings: this.warnings },
    };
  }
}

/**
 * Checks a whole sheet: rows[0] is the header row, the rest are orders. Blank rows are skipped (they are
 * not orders); every other row is reported with its 1-based sheet row number.
 */
export function checkRows(
  rows: readonly (readonly Cell[])[],
  settings: Settings,
  today: string,
  onProgress?: (done: number, total: number) => void,
): Report {
  const checker = new SheetChecker(rows[0] ?? [], settings, today);
  for (let r = 1; r < rows.length; r++) {
    if (onProgress && r % PROGRESS_EVERY === 0) onProgress(r, rows.length - 1);
    checker.add(rows[r] ?? [], r + 1);
  }
  return checker.report();
}

/** The exact JSON of order-sheet.md "Report": other tools read it, so nothing more and nothing less. */
export function reportToJson(report: Report): string {
  const rows = report.rows.map((r) => ({ row: r.row, ref: r.ref, findings: r.findings, fees: r.fees }));
  return JSON.stringify({ rows, summary: report.summary }, null, 2);
}
