import { formatMoney } from '../../money/format.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ stated: string; expected: string }> = defineRule({
  id: 'amount/total-mismatch',
  severity: 'error',
  section: '§3',
  source: '000 第二步: 订单总价 (products + freight + insurance)',
  messages: {
    en: (p) => `The order total ${p.stated} is not products + freight + insurance = ${p.expected}.`,
    zh: (p) => `订单总价 ${p.stated} 不等于 产品总价 + 运费 + 保险费 = ${p.expected}。`,
  },
  check(ctx) {
    const { statedTotal, computedTotal, currency } = ctx.order;
    if (statedTotal === null || computedTotal === null || currency === null) return;
    if (statedTotal !== computedTotal) {
      ctx.report(rule, 'order_total', {
        stated: formatMoney({ minor: statedTotal, currency }),
        expected: formatMoney({ minor: computedTotal, currency }),
      });
    }
  },
});
export default rule;
