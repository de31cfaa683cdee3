/**
 * Runs core on what the page shows. No rule and no fee lives here: the extension hands core the page's
 * order once (every method the form allows in one payment_method list, so each method's rules run) and
 * asks core's one quote for the fees the panel shows. A form with several product lines also checks each
 * line's amounts alone, so a finding can point at its line.
 */

import type { CurrencyCode, Finding, OrderInput, Settings } from '@ta-toolkit/core/types';
import { checkOrder, formatMinor, parseAmount, type Quote, quoteOrder } from './core.ts';
import type { PageOrder } from './read.ts';

export interface PlacedFinding extends Finding {
  /** Product line the finding is about (line checks), else undefined. */
  line?: number;
}

export interface PageCheck {
  findings: PlacedFinding[];
  /** Core's quote of the order: the buyer's fee per allowed method, the service fee, the withdrawal. */
  quote: Quote;
  /** The OrderInput that was checked. */
  input: OrderInput;
}

/** Where the seller means to withdraw the order's money (the panel's two selects). */
export interface WithdrawPlan {
  currency: string;
  to: string;
}

const LINE_FIELDS = new Set(['unit_price', 'quantity', 'product_total']);

/** A finding placed on a product line (findings render their message lazily: keep it, do not spread). */
function onLine(f: Finding, line: number): PlacedFinding {
  return { rule: f.rule, severity: f.severity, field: f.field, key: f.key, message: f.message, line };
}

/** Sum of the stated line totals, as core reads money; undefined when one is not a number. */
function sumLines(order: PageOrder, currency: CurrencyCode): string | undefined {
  let sum = 0;
  for (const l of order.lines) {
    if (l.product_total === undefined) return undefined;
    const p = parseAmount(l.product_total);
    if (!p.ok) return undefined;
    sum += p.minor;
  }
  return formatMinor(sum, currency);
}

export function checkPage(
  order: PageOrder,
  settings: Settings,
  today: string,
  withdraw: WithdrawPlan,
): PageCheck {
  const input: OrderInput = { ...order.input };
  const findings: PlacedFinding[] = [];
  const seen = new Set<string>();
  const add = (f: PlacedFinding) => {
    const k = `${f.key}|${f.line ?? ''}`;
    if (seen.has(k)) return;
    seen.add(k);
    findings.push(f);
  };
  if (order.lines.length > 1) {
    const currency = (
      typeof input.currency === 'string' && /^(USD|CNY|EUR)$/.test(input.currency) ? input.currency : 'USD'
    ) as CurrencyCode;
    // each line alone: only its amount fields are given, so only amount rules can speak
    for (const l of order.lines) {
      const lineInput: OrderInput = { currency: input.currency };
      if (l.unit_price !== undefined) lineInput.unit_price = l.unit_price;
      if (l.quantity !== undefined) lineInput.quantity = l.quantity;
      if (l.product_total !== undefined) lineInput.product_total = l.product_total;
      for (const f of checkOrder(lineInput, {}, today).findings)
        if (LINE_FIELDS.has(f.field)) add(onLine(f, l.line));
    }
    if (input.product_total === undefined) {
      const total = sumLines(order, currency);
      if (total !== undefined) input.product_total = total;
    }
  }
  if (order.methods.length > 1) input.payment_method = order.methods.join(', ');
  for (const f of checkOrder(input, settings, today).findings) {
    if (order.lines.length > 1 && (f.field === 'unit_price' || f.field === 'quantity')) continue;
    add(f);
  }
  // the withdrawal of the whole order, as the panel's selects plan it (only once the page shows its total)
  const plan: OrderInput =
    input.order_total === undefined || input.order_total === ''
      ? input
      : {
          ...input,
          withdraw_amount: input.order_total,
          withdraw_currency: withdraw.currency,
          withdraw_to: withdraw.to,
        };
  return { findings, quote: quoteOrder(plan, settings, today), input };
}
