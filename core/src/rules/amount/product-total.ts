import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'amount/product-total',
  severity: 'error',
  section: '§3',
  source: '001: 单笔订单金额>0美金',
  messages: {
    en: () => 'The product total must be more than 0.',
    zh: () => '产品总价必须大于 0。',
  },
  check(ctx) {
    const { productTotal, statedProducts } = ctx.order;
    if (productTotal !== null && productTotal <= 0) {
      ctx.report(rule, statedProducts !== null ? 'product_total' : 'unit_price', undefined);
    }
  },
});
export default rule;
