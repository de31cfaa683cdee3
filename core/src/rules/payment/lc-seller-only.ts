import { getPaymentMethod } from '../../tables/payment-methods.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule = defineRule({
  id: 'payment/lc-seller-only',
  severity: 'error',
  section: '§4',
  source: '000 第一步: 信用证只能由卖家发起',
  messages: {
    en: () => 'A letter of credit can only be initiated by the seller.',
    zh: () => '信用证只能由卖家发起。',
  },
  checkMethod(ctx, use) {
    if (getPaymentMethod(use.id)?.sellerDraftOnly && ctx.order.drafter === 'buyer') {
      ctx.report(rule, 'payment_method', undefined, use.id);
    }
  },
});
export default rule;
