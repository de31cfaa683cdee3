import { formatMoney } from '../../money/format.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ advance: string; total: string }> = defineRule({
  id: 'payment/advance-over-total',
  severity: 'error',
  section: '§3',
  source: '000 第二步: 预付款 / 尾款 (100% = pay in full)',
  messages: {
    en: (p) => `The advance ${p.advance} is more than the order total ${p.total}.`,
    zh: (p) => `预付款 ${p.advance} 超过订单总价 ${p.total}。`,
  },
  check(ctx) {
    const { advance, orderTotal, currency } = ctx.order;
    if (advance === null || orderTotal === null || currency === null || advance <= orderTotal) return;
    ctx.report(rule, 'advance', {
      advance: formatMoney({ minor: advance, currency }),
      total: formatMoney({ minor: orderTotal, currency }),
    });
  },
});
export default rule;
