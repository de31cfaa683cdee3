import { formatMoney } from '../../money/format.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ stated: string; expected: string }> = defineRule({
  id: 'amount/line-mismatch',
  severity: 'error',
  section: '§3',
  source: '000 第一步: 单价 × 数量',
  messages: {
    en: (p) => `The product total ${p.stated} is not unit price × quantity = ${p.expected}.`,
    zh: (p) => `产品总价 ${p.stated} 不等于 单价 × 数量 = ${p.expected}。`,
  },
  check(ctx) {
    const { statedProducts, computedProducts, currency } = ctx.order;
    if (statedProducts === null || computedProducts === null || currency === null) return;
    if (statedProducts !== computedProducts) {
      ctx.report(rule, 'product_total', {
        stated: formatMoney({ minor: statedProducts, currency }),
        expected: formatMoney({ minor: computedProducts, currency }),
      });
    }
  },
});
export default rule;
