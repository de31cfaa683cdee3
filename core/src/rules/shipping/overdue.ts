import { daysBetween } from '../../check/dates.ts';
import { F } from '../../read/fields.ts';
import { isPastDraft, isShipped, shipByDay } from '../../read/lifecycle.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ date: string; days: number }> = defineRule({
  id: 'shipping/overdue',
  severity: 'warning',
  section: '§6',
  source: '000 第二步: 收到预付款之后N天 / 指定发货日期 (ship-by day)',
  messages: {
    en: (p) =>
      `The ship-by day ${p.date} passed ${p.days} day(s) ago and the order has not shipped: it is overdue.`,
    zh: (p) => `最晚发货日 ${p.date} 已过 ${p.days} 天，订单仍未发货：已逾期。`,
  },
  check(ctx) {
    const order = ctx.order;
    if (!isPastDraft(order) || order.status === 'closed' || isShipped(order)) return;
    // Whether it shipped is known only from the shipped date or the status.
    if (order.text[F.shipped_on] === undefined && order.text[F.status] === undefined) return;
    const due = shipByDay(order);
    if (due === null) return;
    const days = daysBetween(due.date, ctx.today);
    if (days > 0) ctx.report(rule, due.field, { date: due.date, days });
  },
});
export default rule;
