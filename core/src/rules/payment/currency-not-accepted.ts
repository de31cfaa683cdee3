import { getPaymentMethod } from '../../tables/payment-methods.ts';
import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ method: Message; currency: string; accepted: readonly string[] }> = defineRule({
  id: 'payment/currency-not-accepted',
  severity: 'error',
  section: '§4',
  source: '000 处理费用和时间 (币种)',
  messages: {
    en: (p) => `${p.method.en} does not accept payments in ${p.currency} (accepts ${p.accepted.join(', ')}).`,
    zh: (p) => `${p.method.zh}不支持以 ${p.currency} 付款（仅限 ${p.accepted.join(', ')}）。`,
  },
  checkMethod(ctx, use) {
    const method = getPaymentMethod(use.id);
    const payer = ctx.order.payerCurrency;
    if (!method || !payer || !Array.isArray(method.currencies) || method.currencies.includes(payer)) return;
    ctx.report(
      rule,
      'payer_currency',
      { method: method.name, currency: payer, accepted: method.currencies as readonly string[] },
      use.id,
    );
  },
});
export default rule;
