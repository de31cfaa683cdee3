import { F } from '../../read/fields.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'buyer/email-missing',
  severity: 'error',
  section: '§3',
  source: '000 第一步: 买家邮箱',
  messages: {
    en: () => "The buyer's email is required.",
    zh: () => '请填写买家邮箱。',
  },
  check(ctx) {
    if (ctx.order.text[F.buyer_email] === '') ctx.report(rule, 'buyer_email', undefined);
  },
});
export default rule;
