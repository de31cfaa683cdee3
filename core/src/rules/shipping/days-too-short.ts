import { DRAFT_FORM_LIMITS } from '../../tables/draft-form.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ days: number }> = defineRule({
  id: 'shipping/days-too-short',
  severity: 'warning',
  section: '§3',
  source: '000 第二步: 填写0-2天很容易逾期，建议预留相对充足的发货时间',
  messages: {
    en: (p) => `Shipping within ${p.days} day(s) is easily overdue: leave more time.`,
    zh: (p) => `${p.days} 天内发货很容易逾期，建议预留相对充足的发货时间。`,
  },
  check(ctx) {
    const days = ctx.order.shipWithinDays;
    if (days !== null && days <= DRAFT_FORM_LIMITS.riskyShipDays)
      ctx.report(rule, 'ship_within_days', { days });
  },
});
export default rule;
