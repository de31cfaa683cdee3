import { F } from '../../read/fields.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'shipping/date-missing',
  severity: 'error',
  section: '§3',
  source: '000 第二步: 发货日期 *',
  messages: {
    en: () =>
      'The ship date is required: either N natural days after payment arrives, or a fixed date (US PDT).',
    zh: () => '请填写发货日期：供应商到账后 N 个自然日内发货，或指定发货日期（美国太平洋时间）。',
  },
  check(ctx) {
    const days = ctx.order.text[F.ship_within_days];
    const date = ctx.order.text[F.ship_by_date];
    if ((days !== undefined || date !== undefined) && !days && !date) {
      ctx.report(rule, 'ship_within_days', undefined);
    }
  },
});
export default rule;
