import { checkRowInContext } from '../check/check-order.ts';
import { cellText, F, fieldColumns, type OrderContext } from '../check/context.ts';
import { parseIsoDate } from '../check/dates.ts';
import { orderPayments } from '../check/payment.ts';
import { settingsRate } from '../fees/fee.ts';
import { formatMinor, formatMoney } from '../money/format.ts';
import { finding } from '../rules/catalog.ts';
import type { CurrencyCode, Fee, Finding, OrderFees, OrderField, RawValue, Settings } from '../types.ts';
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

export function matchHeaders(headerRow: readonly RawValue[]): HeaderMatch {
  const seen = new Set<OrderField>();
  const duplicates: OrderField[] = [];
  const columns = headerRow.map((h) => {
    const field = fieldForHeader(h);
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

function isBlank(row: readonly RawValue[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === undefined || c === null || c === '') continue;
    if (typeof c !== 'string' || c.trim() !== '') return false;
  }
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

/** 000 处理费用和时间: Boleto 每月上限 $3,000. */
const BOLETO_MONTHLY_USD_MINOR = 300_000;

interface BoletoMonth {
  buyer: string;
  month: string;
  /** Indexes into the report's rows. */
  rows: number[];
  USD: number;
  CNY: number;
}

/**
 * Checks a sheet row by row, in order: built from the header row, fed each data row with its 1-based sheet
 * row number. Blank rows are skipped (they are not orders). Lets a reader check rows as it parses them,
 * without holding the whole sheet.
 */
export class SheetChecker {
  private readonly columnOf: Int16Array;
  private readonly cells: Partial<Record<OrderField, number>>;
  private readonly refColumn: number | undefined;
  private readonly rows: ReportRow[] = [];
  private errors = 0;
  private warnings = 0;
  /** Boleto-only orders by buyer and month of order_date: rules.md §4 payment/monthly-limit across rows. */
  private readonly boleto = new Map<string, BoletoMonth>();
  /** One context for every row (check/context.ts nextRow). */
  private ctx: OrderContext | undefined;

  constructor(
    headerRow: readonly RawValue[],
    private readonly settings: Settings,
    private readonly today: string,
  ) {
    const { columns } = matchHeaders(headerRow);
    this.columnOf = fieldColumns(columns);
    this.cells = fieldCells(columns);
    this.refColumn = this.cells.order_ref;
  }

  add(row: readonly RawValue[], sheetRow: number): void {
    if (isBlank(row)) return;
    const { ctx, fees } = checkRowInContext(row, this.columnOf, this.settings, this.today, this.ctx);
    this.ctx = ctx;
    const findings = ctx.findings;
    for (const f of findings) {
      if (f.severity === 'error') this.errors++;
      else if (f.severity === 'warning') this.warnings++;
    }
    const ref = this.refColumn === undefined ? null : String(row[this.refColumn] ?? '').trim() || null;
    // Most rows are clean: they share one empty list, so a large report keeps fewer objects alive.
    this.rows.push(new ReportRow(sheetRow, ref, findings.length ? findings : NO_FINDINGS, fees, this.cells));
    this.noteBoleto(ctx, this.rows.length - 1);
  }

  /** An order whose only method is Boleto, with a buyer and an order date: remember its payments. */
  private noteBoleto(ctx: OrderContext, index: number): void {
    if (ctx.methods?.length !== 1 || ctx.methods[0] !== 'boleto' || ctx.currency === null) return;
    const buyer = cellText(ctx, F.buyer_email)?.toLowerCase();
    const date = cellText(ctx, F.order_date);
    const month = date ? parseIsoDate(date)?.slice(0, 7) : undefined;
    if (!buyer || !month) return;
    const key = `${buyer}\u0000${month}`;
    const group = this.boleto.get(key) ?? { buyer, month, rows: [], USD: 0, CNY: 0 };
    for (const payment of orderPayments(ctx)) group[ctx.currency] += payment.minor;
    group.rows.push(index);
    this.boleto.set(key, group);
  }

  /**
   * A buyer's Boleto payments in one month, over several rows, above the USD 3,000 monthly limit: a warning
   * on each of those rows (a single payment above it is already reported by the row's own check).
   */
  private checkBoletoMonths(): void {
    const rate = settingsRate(this.settings.usdCny);
    for (const group of this.boleto.values()) {
      if (group.rows.length < 2 || (group.CNY > 0 && rate === null)) continue;
      // USD + CNY / (num/den) > limit  <=>  USD·num + CNY·den > limit·num (exact)
      const num = BigInt(rate?.num ?? 1);
      const den = BigInt(rate?.den ?? 1);
      if (BigInt(group.USD) * num + BigInt(group.CNY) * den <= BigInt(BOLETO_MONTHLY_USD_MINOR) * num)
        continue;
      const rowNumbers = group.rows.map((i) => this.rows[i]?.row).join(', ');
      const totals = (['USD', 'CNY'] as const)
        .filter((c) => group[c] > 0)
        .map((c) => formatMoney({ minor: group[c], currency: c }))
        .join(' + ');
      const what = {
        en: `the Boleto payments of ${group.buyer} in ${group.month} (rows ${rowNumbers}: ${totals})`,
        zh: `${group.buyer} 在 ${group.month} 的 Boleto 付款（第 ${rowNumbers} 行：${totals}）`,
      };
      for (const i of group.rows) {
        const row = this.rows[i];
        if (!row || row.findings.some((f) => f.rule === 'payment/monthly-limit')) continue;
        const warning = finding('payment/monthly-limit', 'payment_method', { what });
        this.rows[i] = new ReportRow(row.row, row.ref, [...row.findings, warning], row.exact, row.cells);
        this.warnings++;
      }
    }
    this.boleto.clear();
  }

  report(): Report {
    this.checkBoletoMonths();
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
  rows: readonly (readonly RawValue[])[],
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
