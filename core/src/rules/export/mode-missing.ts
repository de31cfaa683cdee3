import { F } from '../../read/fields.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'export/mode-missing',
  severity: 'error',
  section: '§5',
  source: '000 第二步: 出口方式 *',
  messages: {
    en: () => 'Choose an export mode.',
    zh: () => '请选择出口方式。',
  },
  check(ctx) {
    if (ctx.order.text[F.export_mode] === '') ctx.report(rule, 'export_mode', undefined);
  },
});
export default rule;
