import { daysBetween } from '../../check/dates.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ date: string; today: string }> = defineRule({
  id: 'shipping/date-past',
  severity: 'error',
  section: '§3',
  source: '000 第二步: 指定发货日期(US PDT)',
  messages: {
    en: (p) => `The ship date ${p.date} is before today (${p.today}, US Pacific time).`,
    zh: (p) => `指定发货日期 ${p.date} 早于今天（美国太平洋时间 ${p.today}）。`,
  },
  check(ctx) {
    const date = ctx.order.shipByDate;
    if (date !== null && daysBetween(ctx.today, date) < 0) {
      ctx.report(rule, 'ship_by_date', { date, today: ctx.today });
    }
  },
});
export default rule;
