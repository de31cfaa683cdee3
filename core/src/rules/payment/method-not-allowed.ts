import { getPaymentMethod } from '../../tables/payment-methods.ts';
import type { OrderType } from '../../tables/vocabulary.ts';
import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ method: Message; type: OrderType }> = defineRule({
  id: 'payment/method-not-allowed',
  severity: 'error',
  section: '§4',
  source: '000 第一步: e收汇只有T/T和D/P两个选项',
  messages: {
    en: (p) =>
      `${p.method.en} cannot be used on ${p.type === 'DPO' ? 'a Direct Pay (e收汇)' : 'a Trade Assurance'} order.`,
    zh: (p) => `${p.type === 'DPO' ? 'e收汇订单' : '信用保障订单'}不支持${p.method.zh}。`,
  },
  checkMethod(ctx, use) {
    const method = getPaymentMethod(use.id);
    const type = ctx.order.type;
    if (method && type && !method.orderTypes.includes(type)) {
      ctx.report(rule, 'payment_method', { method: method.name, type }, use.id);
    }
  },
});
export default rule;
