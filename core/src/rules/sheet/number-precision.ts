import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

/** Reported by the reader: a number with 16+ significant digits, already rounded by the spreadsheet. */
const rule: Rule<{ value: string }> = defineRule({
  id: 'sheet/number-precision',
  severity: 'warning',
  section: 'ext',
  source: 'rules.md §10: spreadsheets keep 15 significant digits',
  messages: {
    en: (p) =>
      `${q(p.value).trim()} has 16 or more digits: the spreadsheet has already rounded it. Type such numbers (order numbers) as text.`,
    zh: (p) => `${qz(p.value)}有 16 位或以上数字，表格软件已将其舍入。此类数字（如订单号）请以文本格式输入。`,
  },
  reportedBy: 'reading',
});
export default rule;
