import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

/** Reported by the reader. */
const rule: Rule<{ value: string }> = defineRule({
  id: 'amount/negative',
  severity: 'error',
  section: '§3',
  source: '000 第二步: 运费/物流保险费/预付款',
  messages: {
    en: (p) => `${q(p.value).trim()} is negative: amounts must be 0 or more.`,
    zh: (p) => `${qz(p.value)}为负数，金额必须大于或等于 0。`,
  },
  reportedBy: 'reading',
});
export default rule;
