import { daysBetween } from '../../check/dates.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ date: string }> = defineRule({
  id: 'shipping/already-shipped',
  severity: 'error',
  section: '§3',
  source: '000 FAQ Q3: 信用保障订单需在发货前起草',
  messages: {
    en: (p) =>
      `The goods shipped on ${p.date}: a Trade Assurance order must be drafted before the goods ship.`,
    zh: (p) => `货物已于 ${p.date} 发出：信用保障订单必须在发货前起草。`,
  },
  check(ctx) {
    const date = ctx.order.shippedOn;
    if (date !== null && daysBetween(date, ctx.today) >= 0 && ctx.order.type !== 'DPO') {
      ctx.report(rule, 'shipped_on', { date });
    }
  },
});
export default rule;
