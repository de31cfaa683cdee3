/**
 * Runs core's checkOrder on what the page shows. No rule lives here: the extension only decides which
 * inputs to hand to core (one run per allowed payment method, one per product line) and merges results.
 */

import type { CurrencyCode, Fee, Finding, OrderInput, Settings } from '@ta-toolkit/core/types';
import { checkOrder, formatMinor, parseAmount } from './core.ts';
import type { PageOrder } from './read.ts';

export interface PlacedFinding extends Finding {
  /** Product line the finding is about (line checks), else undefined. */
  line?: number;
}

export interface PageCheck {
  findings: PlacedFinding[];
  /** Buyer's fee per allowed method (payment: summed over advance + balance, from core). */
  methodFees: { method: string; fee: Fee | null }[];
  service: Fee | null;
  withdrawal: Fee | null;
  net: Fee | null;
  /** The OrderInput that was checked (first method). */
  input: OrderInput;
}

const key = (f: Finding) => `${f.rule}|${f.field}|${f.message.en}`;

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

export function checkPage(order: PageOrder, settings: Settings, today: string): PageCheck {
  const input: OrderInput = { ...order.input };
  const findings: PlacedFinding[] = [];
  const seen = new Set<string>();
  const add = (f: PlacedFinding) => {
    const k = `${key(f)}|${f.line ?? ''}`;
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
      for (const f of checkOrder(lineInput, {}, today).findings) {
        if (f.field === 'unit_price' || f.field === 'quantity' || f.field === 'product_total')
          add({ ...f, line: l.line });
      }
    }
    if (input.product_total === undefined) {
      const total = sumLines(order, currency);
      if (total !== undefined) input.product_total = total;
    }
  }
  const methods = order.methods.length > 0 ? order.methods : [input.payment_method];
  const methodFees: PageCheck['methodFees'] = [];
  let base: ReturnType<typeof checkOrder> | undefined;
  for (const method of methods) {
    const one: OrderInput = { ...input };
    if (method !== undefined) one.payment_method = method;
    else delete one.payment_method;
    const result = checkOrder(one, settings, today);
    base ??= result;
    for (const f of result.findings) {
      if (order.lines.length > 1 && (f.field === 'unit_price' || f.field === 'quantity')) continue;
      add(f);
    }
    if (typeof method === 'string' && method !== '') methodFees.push({ method, fee: result.fees.payment });
  }
  const fees = base?.fees ?? { payment: null, service: null, withdrawal: null, net: null };
  return {
    findings,
    methodFees,
    service: fees.service,
    withdrawal: fees.withdrawal,
    net: fees.net,
    input,
  };
}
