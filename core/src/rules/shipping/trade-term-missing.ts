import { F } from '../../read/fields.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'shipping/trade-term-missing',
  severity: 'error',
  section: '§3',
  source: '000 第二步: 贸易术语 *',
  messages: {
    en: () => 'The trade term (Incoterm) is required.',
    zh: () => '请选择贸易术语。',
  },
  check(ctx) {
    if (ctx.order.text[F.trade_term] === '') ctx.report(rule, 'trade_term', undefined);
  },
});
export default rule;
