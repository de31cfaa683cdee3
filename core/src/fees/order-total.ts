import { resolveCurrency } from '../money/currencies.ts';
import { MAX_AMOUNT_MINOR } from '../money/parse.ts';
import notStated from '../rules/fee/not-stated.ts';
import { finding } from '../rules/rule.ts';
import belowFee from '../rules/withdrawal/below-fee.ts';
import type { CurrencyCode, Fee, Finding, Money, Settings } from '../types.ts';
import { serviceFee } from './service-fee.ts';
import { withdrawalFee } from './withdrawal-fee.ts';

export interface OrderTotalForNetArgs {
  /** What must reach the seller: in the withdrawal currency, or the order currency without a withdrawal. */
  target: Money;
  exportMode: string;
  logistics?: string;
  /** With a withdrawal plan, its fee is deducted too; target is then in this currency. */
  withdrawCurrency?: string;
  withdrawTo?: string;
  orderType?: string;
  /** The order's currency (default: target.currency). */
  orderCurrency?: CurrencyCode;
  settings: Settings;
}

export interface OrderTotalForNetResult {
  /** Smallest order total (order currency): low with the lowest fees, high with the highest. */
  total: Fee | null;
  findings: readonly Finding[];
}

type Case = 'best' | 'worst';

/**
 * The smallest order total whose net — after the seller's service fee and, with a withdrawal plan, the
 * withdrawal fee — is at least the target. Ranges give low (all fees at their low end) .. high (all at
 * their high end). The buyer's payment fees are the buyer's and do not enter. Integer search over minor
 * units: exponential then binary search, then a short walk down so that the answer nets at least the
 * target and one minor unit less does not. Never throws.
 */
export function orderTotalForNet(args: OrderTotalForNetArgs): OrderTotalForNetResult {
  const { target } = args;
  const orderCurrency = args.orderCurrency ?? target.currency;
  const withdrawing = args.withdrawCurrency !== undefined && args.withdrawCurrency.trim() !== '';
  const netCurrency = withdrawing ? resolveCurrency(args.withdrawCurrency ?? '') : orderCurrency;
  if (!Number.isSafeInteger(target.minor) || netCurrency !== target.currency) {
    const what = { en: 'The order total for this net amount', zh: '达到该到账金额所需的订单总价' };
    return {
      total: null,
      findings: [finding(notStated, withdrawing ? 'withdraw_currency' : 'currency', { what })],
    };
  }

  let failure: readonly Finding[] | null = null;
  /** Net for an order total t; null when not computable (failure holds the findings). */
  const net = (t: number, c: Case): number | null => {
    const service = serviceFee({
      amount: { minor: t, currency: orderCurrency },
      exportMode: args.exportMode,
      logistics: args.logistics,
      settings: args.settings,
    });
    if (service.fee === null) {
      failure = service.findings;
      return null;
    }
    const kept = t - (c === 'best' ? service.fee.low : service.fee.high);
    if (!withdrawing) return kept;
    if (kept < 0) return kept; // the fee would exceed what there is to withdraw
    const w = withdrawalFee({
      amount: { minor: kept, currency: orderCurrency },
      exportMode: args.exportMode,
      withdrawCurrency: args.withdrawCurrency ?? '',
      withdrawTo: args.withdrawTo ?? 'corporate',
      orderType: args.orderType,
      settings: args.settings,
    });
    // Nothing arrives while the fixed fee exceeds the amount: below any target, and the search goes on.
    if (w.net === null && w.findings.some((f) => f.rule === belowFee.id)) return -1;
    if (w.net === null) {
      failure = [...service.findings, ...w.findings];
      return null;
    }
    return c === 'best' ? w.net.high : w.net.low;
  };

  const solve = (c: Case): number | null => {
    const at0 = net(0, c);
    if (at0 === null) return null;
    if (at0 >= target.minor) return 0;
    let lo = 0; // net(lo) < target
    let hi = Math.max(1, target.minor);
    for (;;) {
      const v = net(hi, c);
      if (v === null) return null;
      if (v >= target.minor) break;
      lo = hi;
      if (hi >= MAX_AMOUNT_MINOR) return -1;
      hi = Math.min(hi * 2, MAX_AMOUNT_MINOR);
    }
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      const v = net(mid, c);
      if (v === null) return null;
      if (v >= target.minor) hi = mid;
      else lo = mid;
    }
    // Rounding can make net step back by a minor unit: walk down while one less still nets enough.
    for (let k = 0; k < 1000 && hi > 0; k++) {
      const v = net(hi - 1, c);
      if (v === null || v < target.minor) break;
      hi--;
    }
    return hi;
  };

  const low = solve('best');
  const high = low === null ? null : solve('worst');
  if (low === null || high === null) return { total: null, findings: failure ?? [] };
  if (low < 0 || high < 0) {
    const what = { en: 'The order total for this net amount', zh: '达到该到账金额所需的订单总价' };
    return { total: null, findings: [finding(notStated, 'order_total', { what })] };
  }

  // Findings of the answer itself (caps not applied, limits, not-stated combinations…), once each.
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const keep = (fs: readonly Finding[]) => {
    for (const f of fs) {
      if (!seen.has(f.key)) {
        seen.add(f.key);
        findings.push(f);
      }
    }
  };
  const service = serviceFee({
    amount: { minor: high, currency: orderCurrency },
    exportMode: args.exportMode,
    logistics: args.logistics,
    settings: args.settings,
  });
  keep(service.findings);
  if (withdrawing && service.fee !== null) {
    keep(
      withdrawalFee({
        amount: { minor: high - service.fee.high, currency: orderCurrency },
        exportMode: args.exportMode,
        withdrawCurrency: args.withdrawCurrency ?? '',
        withdrawTo: args.withdrawTo ?? 'corporate',
        orderType: args.orderType,
        settings: args.settings,
      }).findings,
    );
  }
  const approximate = false;
  const source = withdrawing ? 'rules.md §5 service fee + §8 withdrawal' : 'rules.md §5 service fee';
  return { total: { currency: orderCurrency, low, high, approximate, source }, findings };
}
