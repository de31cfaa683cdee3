import { F } from '../../read/fields.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'shipping/method-missing',
  severity: 'error',
  section: '§3',
  source: '000 第二步: 运输方式 *',
  messages: {
    en: () => 'The shipping method is required (express, sea, air, land, …).',
    zh: () => '请选择运输方式（快递、海运、空运、陆运等）。',
  },
  check(ctx) {
    if (ctx.order.text[F.shipping_method] === '') ctx.report(rule, 'shipping_method', undefined);
  },
});
export default rule;
