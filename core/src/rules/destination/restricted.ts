import { destinationName, RESTRICTED_DESTINATIONS } from '../../tables/destinations.ts';
import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

const rule: Rule<{ name: Message }> = defineRule({
  id: 'destination/restricted',
  severity: 'error',
  section: '§3',
  source: '000 FAQ Q4 (restricted countries and regions)',
  messages: {
    en: (p) => `Trade Assurance does not support orders to ${p.name.en}.`,
    zh: (p) => `信用保障订单暂不支持出口到${p.name.zh}。`,
  },
  check(ctx) {
    const code = ctx.order.destination;
    if (code !== null && RESTRICTED_DESTINATIONS.includes(code)) {
      ctx.report(rule, 'destination', { name: destinationName(code) });
    }
  },
});
export default rule;
