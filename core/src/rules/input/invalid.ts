import type { Message } from '../../types.ts';
import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

/** Reported by the reader (and the settings and order-draft edges): a value not of its column's kind, quoted. */
const rule: Rule<{ value: string; what: Message }> = defineRule({
  id: 'input/invalid',
  severity: 'error',
  section: 'ext',
  source: 'order-sheet.md column values',
  messages: {
    en: (p) => `${q(p.value).trim() || 'The value'} is not ${p.what.en}.`,
    zh: (p) => `${qz(p.value) || '该值'}不是有效的${p.what.zh}。`,
  },
  reportedBy: 'reading',
});
export default rule;
