import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

/** A fee that cannot be computed is null in the report, and the row says why. */
const rule: Rule<{ what: Message; reason?: Message }> = defineRule({
  id: 'fee/not-stated',
  severity: 'info',
  section: 'ext',
  source: 'order-sheet.md Report: a fee that cannot be computed is null and the row says why',
  messages: {
    en: (p) => `${p.what.en} is not computed: ${p.reason?.en ?? 'the sources do not state it'}.`,
    zh: (p) => `${p.what.zh}无法计算：${p.reason?.zh ?? '资料未说明'}。`,
  },
  reportedBy: 'fees',
});
export default rule;
