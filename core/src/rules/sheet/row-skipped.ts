import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

/** Reported by the sheet reader: a row that is not an order (a totals row), so it is not checked. */
const rule: Rule<{ label: string }> = defineRule({
  id: 'sheet/row-skipped',
  severity: 'info',
  section: 'ext',
  source: 'rules.md §10: totals rows (合计 / Total) are not orders',
  messages: {
    en: (p) => `Not an order: a totals row${q(p.label)}. It was skipped.`,
    zh: (p) => `不是订单：合计行${qz(p.label)}，已跳过。`,
  },
  reportedBy: 'sheet',
});
export default rule;
