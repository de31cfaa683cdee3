import { settingsRate } from '../../fees/fee.ts';
import { compareUsdCnySum } from '../../money/compare.ts';
import { formatMoney } from '../../money/format.ts';
import { F } from '../../read/fields.ts';
import type { Order } from '../../read/order.ts';
import { getPaymentMethod } from '../../tables/payment-methods.ts';
import { limitText } from '../quote.ts';
import type { AcrossRows } from '../rule.ts';
import { defineRule, finding, type Rule } from '../rule.ts';
import { limitCheck } from './limit-check.ts';

const BOLETO = getPaymentMethod('boleto');
const MONTHLY_USD_MINOR = BOLETO?.monthlyLimitUsdMinor ?? 0;
const LIMIT = limitText({ minor: MONTHLY_USD_MINOR, currency: 'USD' });

/** One payment above the limit, or one buyer's Boleto payments in one month over several rows. */
type Params =
  | { limit: string; amount: string }
  | { limit: string; buyer: string; month: string; rows: string; totals: string };

/** 000 处理费用和时间: Boleto 每月上限 $3,000. */
const rule: Rule<Params> = defineRule({
  id: 'payment/monthly-limit',
  severity: 'warning',
  section: '§4',
  source: '000 处理费用和时间: Boleto 每月上限 $3,000',
  messages: {
    en: (p) =>
      `Boleto allows at most ${p.limit} per month; ${'buyer' in p ? `the Boleto payments of ${p.buyer} in ${p.month} (rows ${p.rows}: ${p.totals})` : p.amount} may be refused.`,
    zh: (p) =>
      `Boleto 每月上限 ${p.limit.replace(/^USD (.*)$/, '$1 美元')}，${'buyer' in p ? `${p.buyer} 在 ${p.month} 的 Boleto 付款（第 ${p.rows} 行：${p.totals}）` : p.amount} 可能无法支付。`,
  },
  checkMethod(ctx, use) {
    const method = getPaymentMethod(use.id);
    const { currency, payments } = ctx.order;
    if (!method || method.monthlyLimitUsdMinor === null || currency === null) return;
    for (const payment of payments) {
      if (
        ctx.compareWithUsd(payment.minor, method.monthlyLimitUsdMinor, payment.field, limitCheck(method)) !==
        1
      ) {
        continue;
      }
      const amount = formatMoney({ minor: payment.minor, currency });
      ctx.report(rule, payment.field, { limit: LIMIT, amount }, `${use.id}|${payment.part}`);
    }
  },
  acrossRows: boletoMonths,
});
export default rule;

interface BoletoMonth {
  buyer: string;
  month: string;
  rows: number[];
  USD: number;
  CNY: number;
}

/**
 * A buyer's Boleto payments in one month (order_date), over several rows, above the monthly limit: a warning
 * on each of those rows (a single payment above it is already reported by the row's own check). Keeps only
 * buyer + month → totals and row numbers.
 */
function boletoMonths(): AcrossRows {
  const months = new Map<string, BoletoMonth>();
  return {
    note(order: Order, row: number) {
      if (order.methods?.length !== 1 || order.methods[0] !== 'boleto' || order.currency === null) return;
      const buyer = order.text[F.buyer_email]?.toLowerCase();
      const month = order.orderDate?.slice(0, 7);
      if (!buyer || !month) return;
      const key = `${buyer}\u0000${month}`;
      let group = months.get(key);
      if (!group) {
        group = { buyer, month, rows: [], USD: 0, CNY: 0 };
        months.set(key, group);
      }
      for (const payment of order.payments) group[order.currency] += payment.minor;
      group.rows.push(row);
    },
    finish(report, settings) {
      const rate = settingsRate(settings.usdCny);
      for (const group of months.values()) {
        if (group.rows.length < 2) continue;
        if (compareUsdCnySum(group.USD, group.CNY, MONTHLY_USD_MINOR, rate) !== 1) continue;
        const totals = (['USD', 'CNY'] as const)
          .filter((c) => group[c] > 0)
          .map((c) => formatMoney({ minor: group[c], currency: c }))
          .join(' + ');
        const params = {
          limit: LIMIT,
          buyer: group.buyer,
          month: group.month,
          rows: group.rows.join(', '),
          totals,
        };
        const warning = finding(rule, 'payment_method', params, `month|${group.buyer}|${group.month}`);
        for (const row of group.rows) report(row, warning);
      }
      months.clear();
    },
  };
}
