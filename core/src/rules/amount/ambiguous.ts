import { q, qz, v } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

/**
 * Reported by the sheet reader: in a semicolon-delimited file (European locales) that shows no decimal comma,
 * `12.000` is twelve thousand there and twelve elsewhere. The European reading is used, and said.
 */
const rule: Rule<{ value: string; used: string; other: string }> = defineRule({
  id: 'amount/ambiguous',
  severity: 'warning',
  section: 'ext',
  source: 'rules.md §10: a number whose reading depends on the locale',
  messages: {
    en: (p) =>
      `${q(p.value).trim()} is ${v(p.used)} where a dot groups thousands and ${v(p.other)} where it marks decimals; read as ${v(p.used)}, as semicolon-delimited files are written. Type the amount without a thousands separator.`,
    zh: (p) =>
      `${qz(p.value)}在以点分隔千位的地区为 ${v(p.used)}，在以点表示小数的地区为 ${v(p.other)}；按分号分隔文件的惯例读作 ${v(p.used)}。请输入不带千位分隔符的金额。`,
  },
  reportedBy: 'sheet',
});
export default rule;
