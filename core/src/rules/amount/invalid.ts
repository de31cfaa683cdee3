import type { Message } from '../../types.ts';
import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

/** Reported by the reader: a money cell that is not an amount (in the order's currency), quoted. */
const rule: Rule<{ value: string; what: Message }> = defineRule({
  id: 'amount/invalid',
  severity: 'error',
  section: '§3',
  source: 'order-sheet.md: money cells',
  messages: {
    en: (p) => `${q(p.value).trim() || 'The value'} is not ${p.what.en}.`,
    zh: (p) => `${qz(p.value) || '该值'}不是有效的${p.what.zh}。`,
  },
  reportedBy: 'reading',
});
export default rule;
