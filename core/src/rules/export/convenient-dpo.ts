import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'export/convenient-dpo',
  severity: 'error',
  section: '§5',
  source: '000 第二步: e收汇订单 不支持便捷发货',
  messages: {
    en: () => 'Direct Pay (e收汇) orders cannot use convenient shipping.',
    zh: () => 'e收汇订单不支持便捷发货。',
  },
  check(ctx) {
    if (ctx.order.exportMode === 'convenient' && ctx.order.type === 'DPO')
      ctx.report(rule, 'export_mode', undefined);
  },
});
export default rule;
