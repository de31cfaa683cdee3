import { F } from '../../read/fields.ts';
import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ value: string }> = defineRule({
  id: 'buyer/email-domestic',
  severity: 'error',
  section: '§3',
  source: '000 第一步: 买家邮箱必须是海外邮箱; 订单起草后，买家邮箱将无法修改',
  messages: {
    en: (p) =>
      `${q(p.value).trim()} is a mainland-China mailbox: the buyer email must be an overseas address, and it cannot be changed after drafting.`,
    zh: (p) => `${qz(p.value)}是中国大陆邮箱：买家邮箱必须是海外邮箱，且订单起草后无法修改。`,
  },
  check(ctx) {
    if (ctx.order.email?.verdict === 'domestic') {
      ctx.report(rule, 'buyer_email', { value: ctx.order.text[F.buyer_email] ?? '' });
    }
  },
});
export default rule;
