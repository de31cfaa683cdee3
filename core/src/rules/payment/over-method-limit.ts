import { formatMoney } from '../../money/format.ts';
import { getPaymentMethod } from '../../tables/payment-methods.ts';
import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';
import { limitCheck, PAYMENT_NAMES } from './limit-check.ts';

/** Each payment (advance, balance) is paid separately: each against the method's limit per payment. */
const rule: Rule<{ part: Message; amount: string; method: Message; limit: string }> = defineRule({
  id: 'payment/over-method-limit',
  severity: 'error',
  section: '§4',
  source: '000 处理费用和时间 (limit per payment)',
  messages: {
    en: (p) => `The ${p.part.en} ${p.amount} is above the ${p.method.en} limit of ${p.limit} per payment.`,
    zh: (p) => `${p.part.zh} ${p.amount} 超过${p.method.zh}单笔上限 ${p.limit}。`,
  },
  checkMethod(ctx, use) {
    const method = getPaymentMethod(use.id);
    const { currency, payments } = ctx.order;
    if (!method || method.limitUsdMinor === null || currency === null) return;
    for (const payment of payments) {
      if (ctx.compareWithUsd(payment.minor, method.limitUsdMinor, payment.field, limitCheck(method)) !== 1)
        continue;
      ctx.report(
        rule,
        payment.field,
        {
          part: PAYMENT_NAMES[payment.part],
          amount: formatMoney({ minor: payment.minor, currency }),
          method: method.name,
          limit: formatMoney({ minor: method.limitUsdMinor, currency: 'USD' }),
        },
        `${use.id}|${payment.part}`,
      );
    }
  },
});
export default rule;
