import type { Cell } from '../cells.ts';
import type { ReceiptField } from '../linking/columns.ts';
import { DEFAULT_LINK_OPTIONS, proposeLinks } from '../linking/engine.ts';
import { readReceipts, type UnreadableReceipt } from '../linking/read-receipts.ts';
import type { LinkOptions, LinkOrder, LinkReceipt, LinkResult, Reading } from '../linking/types.ts';
import { isCurrencyCode } from '../money/currencies.ts';
import { formatMinor, formatMoney } from '../money/format.ts';
import { parseAmount } from '../money/parse.ts';
import { parseRate } from '../money/ratio.ts';
import { mulDiv } from '../money/round.ts';
import paymentOverdue from '../rules/payment/overdue.ts';
import type { CurrencyCode, Finding, LinkFinding, Message, Money, Settings } from '../types.ts';
import { matchHeaders, type Report, ReportRow, SheetChecker } from './check-rows.ts';
import { classifyRow, findTable } from './find-table.ts';
import { prepareRow } from './prepare-row.ts';

/**
 * Fund linking over two sheets (fund-linking.md "The command"): the orders checked as ta-check checks them
 * (the lifecycle rules included) and read for the engine, the receipts read, the proposals made, and the
 * report in the contract's shape. Shared by `ta-check link` and the Sheets add-on's "Match receipts"; pure
 * (no files), so both faces give the same proposals for the same cells.
 */

export interface LinkSheets {
  json: LinkJson;
  /** The receipts sheet's column of each field (-1: not given), to place a finding on its cell. */
  receiptColumns: Record<ReceiptField, number>;
  /** The order check (ta-check's report of the orders sheet), for a face that marks the order rows. */
  report: Report;
  /** Sheet rows of the receipts sheet that are totals rows (合计, Total …), not receipts. */
  totalsRows: number[];
  /** Receipts sheet rows whose date the spreadsheet may have converted day and month swapped (readReceipts). */
  convertedDates: number[];
  /** With no currency column, the currency the receipts sheet's title rows name (readReceipts), or null. */
  titleCurrency: CurrencyCode | null;
}

/** The header row of each sheet (0-based; title rows above it are not data). */
export interface LinkHeaders {
  ordersHeader: number;
  receiptsHeader: number;
}

/**
 * `orderRows` and `receiptRows`: whole sheets, each with its header row at `headers` (row 0 by default); rows
 * are numbered from 1 (the sheet's first row) in the report. The receipts header must be a receipts sheet's
 * (looksLikeReceipts).
 */
export function linkSheets(
  orderRows: readonly (readonly Cell[])[],
  receiptRows: readonly (readonly Cell[])[],
  settings: Settings,
  today: string,
  { ordersHeader, receiptsHeader }: LinkHeaders = { ordersHeader: 0, receiptsHeader: 0 },
): LinkSheets {
  // The orders as ta-check checks them (the lifecycle rules included), and as the engine reads them.
  const header = matchHeaders(orderRows[ordersHeader] ?? []);
  const checker = new SheetChecker(header, settings, today);
  // A totals row (合计, Total) is skipped and said so, as ta-check does: checked, it would be an order with errors.
  const table = findTable(orderRows);
  const layout = table.found && table.layout.headerIndex === ordersHeader ? table.layout : null;
  const typeColumn = layout?.columns.indexOf('order_type') ?? -1;
  const refColumn = header.columns.indexOf('order_ref');
  const orders: LinkOrder[] = [];
  const skipped: ReportRow[] = [];
  for (let r = ordersHeader + 1; r < orderRows.length; r++) {
    const cells = orderRows[r] ?? [];
    if (layout !== null && classifyRow(cells, typeColumn < 0 ? undefined : typeColumn) === 'totals') {
      const prepared = prepareRow({ row: r + 1, cells: [...cells], kind: 'totals' }, layout, 'point');
      skipped.push(checker.skipped(r + 1, prepared.findings));
      continue;
    }
    const order = checker.add(cells, r + 1);
    if (order === null || order.currency === null) continue;
    const part = (amount: number | null, paid: number | null) =>
      amount === null || amount <= 0
        ? null
        : {
            amount: { minor: amount, currency: order.currency as 'USD' | 'CNY' },
            paid: { minor: paid ?? 0, currency: order.currency as 'USD' | 'CNY' },
          };
    const advance = order.payments.find((p) => p.part !== 'balance');
    // An order number the spreadsheet rounded (stored as a number: 308901234567890000) names no real order: the
    // order goes by its row, and no memo is matched against the rounded digits (sheet/number-precision says so).
    const refCell = refColumn < 0 ? undefined : cells[refColumn];
    const rounded =
      refCell !== undefined &&
      typeof refCell !== 'string' &&
      refCell.kind === 'number' &&
      refCell.imprecise === true;
    orders.push({
      row: r + 1,
      ref: rounded ? null : order.ref,
      currency: order.currency,
      buyerName: order.buyerName,
      registeredPayer: order.registeredPayer,
      confirmedOn: order.confirmedOn,
      advance: part(advance?.minor ?? null, order.advancePaid),
      balance: part(order.payments.find((p) => p.part === 'balance')?.minor ?? null, order.balancePaid),
      closed: order.status === 'closed',
    });
  }
  const all = checker.report();
  const checked =
    skipped.length === 0 ? all : { ...all, rows: [...all.rows, ...skipped].sort((a, b) => a.row - b.row) };
  const read = readReceipts(receiptRows, receiptsHeader);
  const result = proposeLinks(orders, read.receipts, linkOptions(settings));
  const report = withoutPaidOverdue(checked, result, orders);
  return {
    json: toJson(result, orders, read.receipts, read.unreadable, report),
    receiptColumns: read.columns,
    report,
    totalsRows: read.totals,
    convertedDates: read.convertedDates,
    titleCurrency: read.titleCurrency,
  };
}

/**
 * payment/overdue says the buyer has not paid and the order may be closed: not for an order whose advance a
 * receipt of this run pays (proposed or the seller's own link), the money has arrived and waits to be linked.
 */
function withoutPaidOverdue(report: Report, result: LinkResult, orders: readonly LinkOrder[]): Report {
  const paid = new Set<number>();
  for (const links of [
    ...result.proposals.map((p) => p.reading.links),
    ...result.intended.map((i) => i.links),
  ])
    for (const l of links) if (l.part === 'advance') paid.add((orders[l.order] as LinkOrder).row);
  let dropped = 0;
  const rows = report.rows.map((r) => {
    if (!paid.has(r.row) || !r.findings.some((f) => f.rule === paymentOverdue.id)) return r;
    const findings = r.findings.filter((f) => f.rule !== paymentOverdue.id);
    dropped += r.findings.length - findings.length;
    return new ReportRow(r.row, r.ref, findings, r.exact, r.cells);
  });
  const counted = paymentOverdue.severity === 'error' ? 'errors' : 'warnings';
  return { rows, summary: { ...report.summary, [counted]: report.summary[counted] - dropped } };
}

/** The tolerance: settings.bankFeeTolerance (USD) or USD 50; in CNY at the user's rate when one is set. */
function linkOptions(settings: Settings): LinkOptions {
  const typed = settings.bankFeeTolerance ? parseAmount(settings.bankFeeTolerance) : null;
  const usd: Money =
    typed?.ok && !typed.negative
      ? { minor: typed.minor, currency: 'USD' }
      : (DEFAULT_LINK_OPTIONS.bankFeeTolerance.USD as Money);
  const rate = settings.usdCny ? parseRate(settings.usdCny) : null;
  const tolerance: LinkOptions['bankFeeTolerance'] = { USD: usd };
  if (rate !== null && rate.num > 0)
    tolerance.CNY = { minor: mulDiv(usd.minor, rate.num, rate.den), currency: 'CNY' };
  return { bankFeeTolerance: tolerance };
}

/** One order row as the link report names it. */
export interface OrderRef {
  row: number;
  ref: string | null;
}

// --- the report (fund-linking.md "--format json") -------------------------------------------------------

export interface JsonLink {
  order: OrderRef;
  part: 'advance' | 'balance';
  amount: string;
  currency: string;
}
export interface JsonReading {
  receipt: OrderRef;
  links: JsonLink[];
  shortfall: string;
  confidence: number;
  reasons: { code: string; message: Message }[];
  findings: LinkFinding[];
}
export interface LinkJson {
  proposals: JsonReading[];
  unmatched: { receipt: OrderRef; candidates: JsonReading[]; why: Message }[];
  intended: { receipt: OrderRef; links: JsonLink[]; findings: LinkFinding[] }[];
  orders: { row: number; ref: string | null; findings: readonly Finding[] }[];
  summary: { receipts: number; proposed: number; unmatched: number; errors: number; warnings: number };
}

function toJson(
  result: LinkResult,
  orders: readonly LinkOrder[],
  receipts: readonly LinkReceipt[],
  unreadable: readonly UnreadableReceipt[],
  report: Report,
): LinkJson {
  const receiptRef = (i: number): OrderRef => {
    const r = receipts[i] as LinkReceipt;
    return { row: r.row, ref: r.ref };
  };
  const link = (l: { order: number; part: 'advance' | 'balance'; amount: Money }): JsonLink => {
    const o = orders[l.order] as LinkOrder;
    return {
      order: { row: o.row, ref: o.ref },
      part: l.part,
      amount: formatMinor(l.amount.minor, l.amount.currency),
      currency: l.amount.currency,
    };
  };
  const reading = (receipt: number, r: Reading): JsonReading => ({
    receipt: receiptRef(receipt),
    links: r.links.map(link),
    shortfall: formatMinor(r.shortfall.minor, r.shortfall.currency),
    confidence: r.confidence,
    reasons: r.reasons,
    findings: r.findings,
  });
  const byRow = <T extends { receipt: OrderRef }>(list: T[]) =>
    list.sort((a, b) => a.receipt.row - b.receipt.row);
  const proposals = byRow(result.proposals.map((p) => reading(p.receipt, p.reading)));
  const unmatched = byRow([
    ...result.unmatched.map((u) => ({
      receipt: receiptRef(u.receipt),
      candidates: u.candidates.map((c) => reading(u.receipt, c)),
      why: u.why,
    })),
    ...unreadable.map((u) => ({ receipt: { row: u.row, ref: u.ref }, candidates: [], why: u.why })),
  ]);
  const intended = byRow(
    result.intended.map((i) => ({
      receipt: receiptRef(i.receipt),
      links: i.links.map(link),
      findings: i.findings,
    })),
  );
  const ordersOut = report.rows.map((r) => ({ row: r.row, ref: r.ref, findings: r.findings }));
  // A receipt that cannot be read is an error of the input (exit 1), as an unreadable order amount is.
  let errors = unreadable.filter((u) => u.error).length;
  let warnings = 0;
  const count = (findings: readonly (Finding | LinkFinding)[]) => {
    for (const f of findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  };
  for (const p of proposals) count(p.findings);
  for (const i of intended) count(i.findings);
  for (const o of ordersOut) count(o.findings);
  return {
    proposals,
    unmatched,
    intended,
    orders: ordersOut,
    summary: {
      receipts: receipts.length + unreadable.length,
      proposed: proposals.length,
      unmatched: unmatched.length,
      errors,
      warnings,
    },
  };
}

/** A contract amount ('2300.00') as people read it ('USD 2,300.00'). */
export function linkAmountText(amount: string, currency: string): string {
  const parsed = parseAmount(amount);
  return parsed.ok && isCurrencyCode(currency)
    ? formatMoney({ minor: parsed.minor, currency })
    : `${currency} ${amount}`;
}
