import { formatMoney } from '../../money/format.ts';
import { parseAmount } from '../../money/parse.ts';
import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

const QUOTA: Record<'TA' | 'DPO', Message> = {
  TA: { en: 'Trade Assurance quota', zh: '信用保障额度' },
  DPO: { en: 'advance-FX quota', zh: '预收外汇额度' },
};
const CHECK = { en: 'The quota check', zh: '额度检查' };

/** TA orders use the TA quota, DPO orders the advance-FX quota (each only when the user gave it). */
const rule: Rule<{ total: string; quota: Message; limit: string }> = defineRule({
  id: 'quota/exceeded',
  severity: 'warning',
  section: '§3',
  source: '000 信保准入: 受信用保障额度+预收外汇额度限制',
  messages: {
    en: (p) => `The order total ${p.total} is above the available ${p.quota.en} ${p.limit}.`,
    zh: (p) => `订单总价 ${p.total} 超过可用${p.quota.zh} ${p.limit}。`,
  },
  check(ctx) {
    const { orderTotal, type, currency } = ctx.order;
    if (orderTotal === null || type === null || currency === null) return;
    const quotaText = type === 'TA' ? ctx.settings.taQuota : ctx.settings.fxQuota;
    const quota = quotaText === undefined ? null : parseAmount(quotaText);
    if (quota === null || !quota.ok || quota.negative) return;
    if (ctx.compareWithUsd(orderTotal, quota.minor, 'order_total', CHECK) === 1) {
      ctx.report(rule, 'order_total', {
        total: formatMoney({ minor: orderTotal, currency }),
        quota: QUOTA[type],
        limit: formatMoney({ minor: quota.minor, currency: 'USD' }),
      });
    }
  },
});
export default rule;
