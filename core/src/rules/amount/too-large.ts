import { formatGrouped } from '../../money/format.ts';
import { MAX_AMOUNT_MINOR } from '../../money/parse.ts';
import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

const MAX = formatGrouped(MAX_AMOUNT_MINOR, 'USD');

/** Reported by the reader: an amount, or a product such as unit price × quantity, beyond the maximum. */
const rule: Rule<{ value: string; currency: string }> = defineRule({
  id: 'amount/too-large',
  severity: 'error',
  section: 'ext',
  source: 'rules.md §10: amounts are exact up to 9,999,999,999,999.99',
  messages: {
    en: (p) => `${q(p.value).trim()} is beyond the largest amount supported (${p.currency} ${MAX}).`,
    zh: (p) => `${qz(p.value)}超出支持的最大金额（${p.currency} ${MAX}）。`,
  },
  reportedBy: 'reading',
});
export default rule;
