import { destinationName, PAYMENT_RISK_DESTINATIONS } from '../../tables/destinations.ts';
import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ name: Message }> = defineRule({
  id: 'destination/payment-risk',
  severity: 'warning',
  section: '§3',
  source: '000 FAQ Q4 (Myanmar: the bank may not guarantee receipt)',
  messages: {
    en: (p) => `Orders to ${p.name.en} are allowed, but the bank may not guarantee that the payment arrives.`,
    zh: (p) => `可以出口到${p.name.zh}，但银行不保证一定能收到货款。`,
  },
  check(ctx) {
    const code = ctx.order.destination;
    if (code !== null && PAYMENT_RISK_DESTINATIONS.includes(code)) {
      ctx.report(rule, 'destination', { name: destinationName(code) });
    }
  },
});
export default rule;
