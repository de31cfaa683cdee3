import { formatMoney } from '../../money/format.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ stated: string; expected: string }> = defineRule({
  id: 'payment/balance-mismatch',
  severity: 'error',
  section: '§3',
  source: '000 第二步: 尾款金额 = 订单总价 − 预付款',
  messages: {
    en: (p) => `The balance ${p.stated} is not order total − advance = ${p.expected}.`,
    zh: (p) => `尾款 ${p.stated} 不等于 订单总价 − 预付款 = ${p.expected}。`,
  },
  check(ctx) {
    const { statedBalance, orderTotal, advance, currency } = ctx.order;
    if (statedBalance === null || orderTotal === null || advance === null || currency === null) return;
    const expected = orderTotal - advance;
    if (expected >= 0 && statedBalance !== expected) {
      ctx.report(rule, 'balance', {
        stated: formatMoney({ minor: statedBalance, currency }),
        expected: formatMoney({ minor: expected, currency }),
      });
    }
  },
});
export default rule;
