import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

/** Reported by the reader. */
const rule: Rule<{ value: string }> = defineRule({
  id: 'amount/precision',
  severity: 'error',
  section: '§3',
  source: 'USD and CNY have 2 minor digits (cents / 分)',
  messages: {
    en: (p) => `${q(p.value).trim()} has more than 2 decimal places.`,
    zh: (p) => `${qz(p.value)}的小数超过 2 位。`,
  },
  reportedBy: 'reading',
});
export default rule;
