import { F } from '../../read/fields.ts';
import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ value: string }> = defineRule({
  id: 'order/type',
  severity: 'error',
  section: '§2',
  source: '000 在线交易订单操作流程',
  messages: {
    en: (p) => `Order type${q(p.value)} must be TA (Trade Assurance) or DPO (Direct Pay / e收汇).`,
    zh: (p) => `订单类型${qz(p.value)}无效，只能是信用保障订单（TA）或 e收汇订单（DPO）。`,
  },
  check(ctx) {
    const text = ctx.order.text[F.order_type];
    if (text !== undefined && ctx.order.type === null) ctx.report(rule, 'order_type', { value: text });
  },
});
export default rule;
