import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

/** Reported by the reader: a spreadsheet number below 1 in the advance, with no percent format. */
const rule: Rule<{ value: string }> = defineRule({
  id: 'amount/percent-as-number',
  severity: 'warning',
  section: 'ext',
  source: 'rules.md §10: spreadsheets store 30% as 0.3',
  messages: {
    en: (p) =>
      `The advance${q(p.value)} is a plain number below 1: it is read as that amount. If you meant a percentage, type it with % (30%).`,
    zh: (p) => `预付款${qz(p.value)}是小于 1 的数字，按金额读取；如指百分比，请带 % 输入（如 30%）。`,
  },
  reportedBy: 'reading',
});
export default rule;
