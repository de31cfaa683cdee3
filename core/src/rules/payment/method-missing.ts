import { F } from '../../read/fields.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'payment/method-missing',
  severity: 'error',
  section: '§4',
  source: '000 第一步: 起草前先选择支付方式',
  messages: {
    en: () => 'Choose a payment method.',
    zh: () => '请选择支付方式。',
  },
  check(ctx) {
    if (ctx.order.text[F.payment_method] === '') ctx.report(rule, 'payment_method', undefined);
  },
});
export default rule;
