import type { Finding, Message, OrderField } from '../../types.ts';
import { defineRule, finding, type Rule } from '../rule.ts';

/** Reported by the extension: the draft page's own figure shows "--" for a value the seller typed. */
const rule: Rule<{ figure: Message; shown: string }> = defineRule({
  id: 'page/unreadable',
  severity: 'warning',
  section: 'ext',
  source: 'rules.md §10: the draft page shows "--" where it could not read a value',
  messages: {
    en: (p) =>
      `The page could not read this value: its ${p.figure.en} shows "${p.shown}". Retype the value as a plain number before trusting any total.`,
    zh: (p) => `页面无法识别此值：${p.figure.zh}显示为“${p.shown}”。请改为纯数字后再核对总价。`,
  },
  reportedBy: 'page',
});
export default rule;

/** The page's own figure when it could not read what was typed: "USD --", "--", "US $ --" (no digit at all). */
export function pageCouldNotRead(shown: string): boolean {
  return shown.includes('--') && !/\d/.test(shown);
}

/**
 * `page/unreadable` on `field` when the page's `figure` (its total, its balance) shows that it could not read
 * the value; null when the page shows a number.
 */
export function pageUnreadable(field: OrderField, figure: Message, shown: string): Finding | null {
  return pageCouldNotRead(shown) ? finding(rule, field, { figure, shown: shown.trim() }) : null;
}
