import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

/** Reported by the reader: an identifying value held an invisible or direction character (removed before matching). */
const rule: Rule<{ value: string; char: string; position: number }> = defineRule({
  id: 'input/invisible-character',
  severity: 'warning',
  section: 'ext',
  source: 'rules.md §10: text pasted from chat apps carries zero-width and direction characters',
  messages: {
    en: (p) =>
      `${q(p.value).trim()} holds an invisible character (${p.char}) at position ${p.position}: it was removed before matching; retype the value.`,
    zh: (p) =>
      `${qz(p.value)}第 ${p.position} 个字符处有不可见字符（${p.char}），已在匹配前去除，请重新输入。`,
  },
  reportedBy: 'reading',
});
export default rule;
