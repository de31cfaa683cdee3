import { daysBetween } from '../../check/dates.ts';
import { DRAFT_FORM_LIMITS } from '../../tables/draft-form.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ date: string; days: number }> = defineRule({
  id: 'shipping/date-too-soon',
  severity: 'warning',
  section: '§3',
  source: '000 第二步: 填写0-2天很容易逾期',
  messages: {
    en: (p) => `The ship date ${p.date} is only ${p.days} day(s) away (US Pacific time): easily overdue.`,
    zh: (p) => `指定发货日期 ${p.date} 距今仅 ${p.days} 天（美国太平洋时间），很容易逾期。`,
  },
  check(ctx) {
    const date = ctx.order.shipByDate;
    if (date === null) return;
    const days = daysBetween(ctx.today, date);
    if (days >= 0 && days <= DRAFT_FORM_LIMITS.riskyShipDays)
      ctx.report(rule, 'ship_by_date', { date, days });
  },
});
export default rule;
