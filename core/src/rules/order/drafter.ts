import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'order/drafter',
  severity: 'error',
  section: '§2',
  source: '000 信保订单起草 第一步: e收汇订单-只能卖家起草',
  messages: {
    en: () => 'A Direct Pay (e收汇) order can only be drafted by the seller.',
    zh: () => 'e收汇订单只能由卖家起草。',
  },
  check(ctx) {
    if (ctx.order.type === 'DPO' && ctx.order.drafter === 'buyer') ctx.report(rule, 'drafted_by', undefined);
  },
});
export default rule;
