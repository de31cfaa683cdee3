import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

/** Reported by the CSV reader (sheet/csv-stream.ts): a quote that opens a field and never closes. */
const rule: Rule<{ cell: string }> = defineRule({
  id: 'sheet/quote-damage',
  severity: 'error',
  section: 'ext',
  source: 'rules.md §10: a stray quote must not swallow the rest of a CSV file',
  messages: {
    en: (p) =>
      `A quote opens the field${q(p.cell)} and never closes: this row was read from its own line, with the quote as text, and reading went on at the next line. Check the row against the file.`,
    zh: (p) =>
      `字段${qz(p.cell)}以引号开头但没有闭合：本行按其所在的一行读取（引号视为文字），并从下一行继续读取。请对照文件核对本行。`,
  },
  reportedBy: 'sheet',
});
export default rule;
