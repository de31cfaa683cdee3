import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'export/onetouch-review',
  severity: 'info',
  section: '§5',
  source: '000 第二步: 一达通代理出口 — 请确保商品先行通过一达通出口产品审核',
  messages: {
    en: () =>
      'OneTouch agent export: the products must pass OneTouch export review first, or the order cannot ship.',
    zh: () => '一达通代理出口：商品须先通过一达通出口产品审核，否则订单将无法完成发货。',
  },
  check(ctx) {
    if (ctx.order.exportMode === 'onetouch') ctx.report(rule, 'export_mode', undefined);
  },
});
export default rule;
