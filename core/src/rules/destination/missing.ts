import { F } from '../../read/fields.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'destination/missing',
  severity: 'error',
  section: '§3',
  source: '000 第二步: 收货地址 *',
  messages: {
    en: () => 'The destination country/region is required.',
    zh: () => '请填写目的国家/地区。',
  },
  check(ctx) {
    if (ctx.order.text[F.destination] === '') ctx.report(rule, 'destination', undefined);
  },
});
export default rule;
