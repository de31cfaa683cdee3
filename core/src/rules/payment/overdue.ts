import { daysBetween } from '../../check/dates.ts';
import { F } from '../../read/fields.ts';
import { isUnpaid } from '../../read/lifecycle.ts';
import { defineRule, type Rule } from '../rule.ts';

/** The buyer pays within 15 natural days of confirming; after that the seller may close the order. */
export const PAYMENT_WINDOW_DAYS = 15;

const rule: Rule<{ date: string; days: number }> = defineRule({
  id: 'payment/overdue',
  severity: 'warning',
  section: '§6',
  source: '001 §4: the buyer pays within 15 natural days after confirming, else the seller may close it',
  messages: {
    en: (p) =>
      `The buyer confirmed on ${p.date}, ${p.days} days ago, and has not paid: past the 15-day payment window, you may close the order.`,
    zh: (p) =>
      `买家于 ${p.date} 确认订单，已过 ${p.days} 天仍未支付：超过 15 个自然日的支付期限，卖家可关闭订单。`,
  },
  check(ctx) {
    const order = ctx.order;
    // Whether it is paid is known only from the paid advance or the status.
    if (order.confirmedOn === null) return;
    if (order.text[F.advance_paid] === undefined && order.text[F.status] === undefined) return;
    if (!isUnpaid(order)) return;
    const days = daysBetween(order.confirmedOn, ctx.today);
    if (days > PAYMENT_WINDOW_DAYS) ctx.report(rule, 'confirmed_on', { date: order.confirmedOn, days });
  },
});
export default rule;
