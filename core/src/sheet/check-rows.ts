import { type Cell, isBlankCell } from '../cells.ts';
import { OrderChecker } from '../check/check-order.ts';
import { formatMinor } from '../money/format.ts';
import { fieldColumns } from '../read/fields.ts';
import type { Order } from '../read/order.ts';
import { OrderRecord, readOrder } from '../read/order.ts';
import { Reporter } from '../read/reporter.ts';
import { READ_RANK, RULES } from '../rules/catalog.ts';
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
const NO_FEES: OrderFees = Object.freeze({ payment: null, service: null, withdrawal: null, net: null });

function isBlank(row: readonly Cell[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/** The 0-based sheet column of each field the header names. */
function fieldCells(columns: readonly (OrderField | null)[]): Partial<Record<OrderField, number>> {
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
 * without holding the whole sheet: `check` returns each row's report and keeps nothing; `add` keeps it for
 * `report()`, which then adds the cross-row findings.
 */
export class SheetChecker {
  private readonly columnOf: Int16Array;
  private readonly cells: Partial<Record<OrderField, number>>;
  private readonly rows: ReportRow[] = [];
  private readonly checker: OrderChecker;
  private reported = 0;
  private errors = 0;
  private warnings = 0;
  private readonly acrossRows: AcrossRows[] = ACROSS_ROWS.map((make) => make());

  constructor(
    headerRow: readonly Cell[] | HeaderMatch,
    private readonly settings: Settings,
    today: string,
  ) {
    const { columns } = 'columns' in headerRow ? headerRow : matchHeaders(headerRow);
    this.columnOf = fieldColumns(columns);
    this.cells = fieldCells(columns);
    this.checker = new OrderChecker(settings, today);
  }

  get summary(): Report['summary'] {
    return { rows: this.reported, errors: this.errors, warnings: this.warnings };
  }

  /** Errors so far, over every row checked or skipped. */
  get errorCount(): number {
    return this.errors;
  }

  /**
   * One row's report (null for a blank row), its findings counted; `first` are the sheet reader's findings
   * (quote damage, a locale-dependent amount), `late` the cross-row findings a first pass found for it.
   */
  check(
    row: readonly Cell[],
    sheetRow: number,
    first: readonly Finding[] = NO_FINDINGS,
    late: readonly Finding[] = NO_FINDINGS,
  ): ReportRow | null {
    if (isBlank(row)) return null;
    const { order, findings, fees } = this.checker.check(row, this.columnOf);
    const all = first.length || late.length ? [...first, ...findings, ...late] : findings;
    this.countAll(all);
    this.reported++;
    return new ReportRow(sheetRow, order.ref, all, fees, this.cells);
  }

  /** A row that is not an order (a totals row): reported with the finding that says so, no fees. */
  skipped(sheetRow: number, findings: readonly Finding[]): ReportRow {
    this.countAll(findings);
    this.reported++;
    return new ReportRow(sheetRow, null, findings, NO_FEES, this.cells);
  }

  /**
   * Checks one row; returns the order as read (null for a blank row, which is not an order). The order is the
   * checker's record, refilled by the next row: copy what you keep.
   */
  add(row: readonly Cell[], sheetRow: number): Order | null {
    if (isBlank(row)) return null;
    const { order, findings, fees } = this.checker.check(row, this.columnOf);
    this.countAll(findings);
    this.reported++;
    for (const rule of this.acrossRows) rule.note(order, sheetRow, this.rows.length);
    // Clean rows share one frozen empty findings list (read/reporter.ts), so a large report keeps fewer objects.
    this.rows.push(new ReportRow(sheetRow, order.ref, findings, fees, this.cells));
    return order;
  }

  /**
   * An index loop, not for…of: most rows share the frozen empty list, and V8 iterates a frozen array through
   * its slow generic path (an iterator object per row), which also slows the loop for every other row.
   */
  private countAll(findings: readonly Finding[]): void {
    for (let i = 0; i < findings.length; i++) this.count(findings[i] as Finding);
  }

  private count(f: Finding): void {
    if (f.severity === 'error') this.errors++;
    else if (f.severity === 'warning') this.warnings++;
  }

  /** A finding on a row already checked, from a rule that looks across rows (once per rule and row). */
  private addLate = (index: number, late: Finding): void => {
    const row = this.rows[index];
    if (!row || row.findings.some((f) => f.rule === late.rule)) return;
    this.rows[index] = new ReportRow(row.row, row.ref, [...row.findings, late], row.exact, row.cells);
    this.count(late);
  };

  report(): Report {
    for (const rule of this.acrossRows) rule.finish(this.addLate, this.settings);
    return { rows: this.rows, summary: this.summary };
  }
}

/**
 * The first pass of a streamed check: reads each order (no rules) so the cross-row rules can see every row
 * before any is written; keeps only what those rules keep (a buyer's Boleto month: totals and row numbers).
 */
export class CrossRowPass {
  private readonly columnOf: Int16Array;
  private readonly reporter = new Reporter(READ_RANK);
  private readonly record = new OrderRecord();
  private readonly acrossRows: AcrossRows[] = ACROSS_ROWS.map((make) => make());

  constructor(columns: readonly (OrderField | null)[]) {
    this.columnOf = fieldColumns(columns);
  }

  note(row: readonly Cell[], sheetRow: number): void {
    if (isBlank(row)) return;
    this.reporter.reset();
    const order = readOrder(row, this.columnOf, this.reporter, this.record);
    // The rules name rows by an index of the caller's choosing: here the sheet row itself.
    for (const rule of this.acrossRows) rule.note(order, sheetRow, sheetRow);
  }

  /** The cross-row findings, by sheet row, once per rule and row. */
  findings(settings: Settings): Map<number, Finding[]> {
    const late = new Map<number, Finding[]>();
    for (const rule of this.acrossRows) {
      rule.finish((sheetRow, finding) => {
        const list = late.get(sheetRow) ?? [];
        if (!list.some((f) => f.rule === finding.rule)) list.push(finding);
        late.set(sheetRow, list);
      }, settings);
    }
    return late;
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
