import { matchHeaders } from '@ta-toolkit/core';
import type { Cell } from '@ta-toolkit/core/cells';
import { PART_NAME } from '@ta-toolkit/core/linking/messages';
import {
  type JsonLink,
  type LinkJson,
  type LinkSheets,
  linkAmountText,
  linkSheets,
  type OrderRef,
} from '@ta-toolkit/core/sheet/link-report';
import { visible } from '@ta-toolkit/core/text/identify';
import type { Lang, LinkFinding, Settings } from '@ta-toolkit/core/types';
import { ordersHeaderRow, receiptsHeaderRow } from './header-row.ts';
import { rowText, SEVERITY_MARK, UI } from './i18n.ts';
import { isOwnHeader, MATCH_COLUMNS } from './marks.ts';
import {
  type CoreInput,
  coreInput,
  findingsByColumn,
  type Layout,
  layoutOf,
  moneyFormat,
  planCheck,
  SheetPlan,
  type Snapshot,
  textCell,
  type WritePlan,
  withinLimit,
} from './plan.ts';
import type { Report } from './report-types.ts';

/**
 * Match receipts, pure: the receipts sheet and the orders sheet as typed cells -> core's link report
 * (linkSheets, the same as `ta-check link`) -> one write plan per sheet. The receipts get the proposals in
 * the add-on's result columns beside them (fund-linking.md: ta_order … ta_why); the orders sheet gets the
 * order check's results, whose findings include payment/overdue and shipping/overdue, exactly as Check
 * orders writes them — one set of marks per cell, whichever of the two commands ran last.
 */

/** The top rows of one sheet of the spreadsheet (header-row.ts SEARCHED_ROWS), where its headers are. */
export interface SheetTop {
  rows: readonly (readonly Cell[])[];
  active: boolean;
}

/** Indexes into the sheets given to pickSheets; null: no such sheet. */
export interface PickedSheets {
  receipts: number | null;
  orders: number | null;
}

/** The user's own columns of a header row (the add-on's result columns left out). */
function inputHeader(header: readonly Cell[]): Cell[] {
  return header.filter((h) => !isOwnHeader(h));
}

/**
 * The receipts sheet (its headers: amount/到账金额 with payer, received_at or memo) and the orders sheet (any
 * other sheet with order-sheet headers, one naming order_type first), the headers in any of the top rows, as
 * ta-check link finds them. The active sheet wins a tie; then the first in the spreadsheet's order.
 */
export function pickSheets(sheets: readonly SheetTop[]): PickedSheets {
  let receipts: number | null = null;
  let orders: number | null = null;
  let ordersScore = -1;
  sheets.forEach((s, i) => {
    if (receiptsHeaderRow(s.rows) >= 0) {
      if (receipts === null || s.active) receipts = i;
      return;
    }
    const match = matchHeaders(inputHeader(s.rows[ordersHeaderRow(s.rows)] ?? []));
    if (match.columns.every((c) => c === null)) return;
    const score = (match.missingRequired.length === 0 ? 2 : 0) + (s.active ? 1 : 0);
    if (score > ordersScore) {
      orders = i;
      ordersScore = score;
    }
  });
  return { receipts, orders };
}

export interface SheetMatch {
  receipts: WritePlan;
  orders: WritePlan;
  summary: LinkJson['summary'];
  /** Orders with payment/overdue or shipping/overdue. */
  overdue: number;
}

const OVERDUE = new Set(['payment/overdue', 'shipping/overdue']);

/** `today` is YYYY-MM-DD (US Pacific), for the lifecycle rules. */
export function matchSheets(
  orders: Snapshot,
  receipts: Snapshot,
  settings: Settings,
  lang: Lang,
  today: string,
): SheetMatch {
  const ordersLayout = layoutOf(orders.values, ordersHeaderRow(orders.values));
  const ordersInput = coreInput(orders.values, ordersLayout, 'orders');
  const receiptsLayout = layoutOf(receipts.values, Math.max(0, receiptsHeaderRow(receipts.values)));
  const receiptsInput = coreInput(receipts.values, receiptsLayout, 'receipts');
  const linked = linkSheets(ordersInput.rows, receiptsInput.rows, settings, today);
  return {
    receipts: planMatch(receipts, receiptsLayout, receiptsInput, linked, ordersInput.sheetRow, lang),
    orders: planCheck(orders, ordersLayout, linked.report, ordersInput, lang),
    summary: linked.json.summary,
    overdue: overdueOrders(linked.report),
  };
}

/** One line per finding: its mark, rule ID and message (no English word in a Chinese one). */
function findingLines(findings: readonly LinkFinding[], lang: Lang): string[] {
  return findings.map((f) => `${SEVERITY_MARK[f.severity]} ${f.rule}: ${visible(f.message[lang])}`);
}

function overdueOrders(report: Report): number {
  return report.rows.filter((r) => r.findings.some((f) => OVERDUE.has(f.rule))).length;
}

/**
 * The receipts sheet's plan: for each receipt its proposed links (order, part, amount), the shortfall, the
 * confidence and why; for one not proposed, why and its ranked candidates; for an intended link, the link
 * and its findings. Errors and warnings also mark the cell they name (the payer, the intended amount).
 */
function planMatch(
  snap: Snapshot,
  layout: Layout,
  input: CoreInput,
  linked: LinkSheets,
  orderSheetRow: readonly number[],
  lang: Lang,
): WritePlan {
  const sheet = new SheetPlan(snap, layout, MATCH_COLUMNS);
  const rowOf = (ref: OrderRef) => (input.sheetRow[ref.row - 1] ?? ref.row) - 1;
  const orderName = (o: OrderRef) =>
    o.ref !== null ? visible(o.ref) : rowText(orderSheetRow[o.row - 1] ?? o.row)[lang];
  const linkText = (l: JsonLink) =>
    `${orderName(l.order)} ${PART_NAME[l.part][lang]} ${linkAmountText(l.amount, l.currency)}`;
  const putLinks = (r: number, links: readonly JsonLink[]) => {
    if (links.length === 0) return;
    sheet.put('order', r, textCell(links.map((l) => orderName(l.order)).join('\n')));
    sheet.put('part', r, textCell(links.map((l) => PART_NAME[l.part][lang]).join('\n')));
    const [only] = links;
    sheet.put(
      'amount',
      r,
      links.length === 1 && only
        ? { value: Number(only.amount), format: moneyFormat(only.currency) }
        : textCell(links.map((l) => linkAmountText(l.amount, l.currency)).join('\n')),
    );
  };
  const putWhy = (r: number, lines: string[]) =>
    sheet.put('why', r, textCell(withinLimit(lines.filter((l) => l !== '').join('\n'))));
  const mark = (r: number, findings: readonly LinkFinding[]) => {
    const byCol = findingsByColumn(findings, (field) => {
      const c = linked.receiptColumns[field];
      return c >= 0 ? layout.inputCols[c] : undefined;
    });
    for (const [c, fs] of byCol) sheet.mark(r, c, fs, lang);
  };

  const { json } = linked;
  for (const p of json.proposals) {
    const r = rowOf(p.receipt);
    putLinks(r, p.links);
    const currency = p.links[0]?.currency ?? 'USD';
    sheet.put('shortfall', r, { value: Number(p.shortfall), format: moneyFormat(currency) });
    sheet.put('confidence', r, { value: p.confidence, format: '0.00' });
    putWhy(r, [
      ...p.reasons.map((reason) => `· ${visible(reason.message[lang])}`),
      ...findingLines(p.findings, lang),
    ]);
    mark(r, p.findings);
  }
  for (const u of json.unmatched) {
    putWhy(rowOf(u.receipt), [
      `${UI.notProposed[lang]}${visible(u.why[lang])}`,
      ...u.candidates.map(
        (c, i) => `${i + 1}. ${c.links.map(linkText).join(' + ')} (${c.confidence.toFixed(2)})`,
      ),
    ]);
  }
  for (const i of json.intended) {
    const r = rowOf(i.receipt);
    putLinks(r, i.links);
    putWhy(r, [UI.intended[lang], ...findingLines(i.findings, lang)]);
    mark(r, i.findings);
  }
  // Totals rows as core's readReceipts tells them (ta-check link skips the same rows).
  for (const row of linked.totalsRows) putWhy(rowOf({ row, ref: null }), [UI.totalsReceipt[lang]]);
  return sheet.plan();
}
