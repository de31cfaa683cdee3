import { visible } from '@ta-toolkit/core/text/identify';
import type { Message, Severity } from '@ta-toolkit/core/types';
import { a1 } from './a1.ts';
import type { SheetCheck } from './check.ts';

/** One finding in the Problems sidebar: where it is (a cell to select) and what it says. */
export interface ProblemItem {
  /** A1 of the cell the finding names (column A of the row when the field has no column). */
  cell: string;
  row: number;
  ref: string | null;
  field: string;
  /** Both languages: the sidebar can switch. */
  message: Message;
}

export interface ProblemGroup {
  severity: Severity;
  rule: string;
  count: number;
  /** The first ITEMS_PER_RULE findings of the rule (count has them all). */
  items: ProblemItem[];
}

export interface Problems {
  sheet: string;
  rows: number;
  counts: Record<Severity, number>;
  groups: ProblemGroup[];
}

/** Findings listed per rule: enough to work through, small enough for the sidebar on a 50,000-row sheet. */
export const ITEMS_PER_RULE = 200;
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings of a check grouped by severity, then rule (most frequent first), each naming its cell. */
export function problemsOf(check: SheetCheck, sheet: string): Problems {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const groups = new Map<string, ProblemGroup>();
  for (const row of check.report?.rows ?? []) {
    const r = (check.sheetRow[row.row - 1] ?? row.row) - 1;
    for (const f of row.findings) {
      counts[f.severity]++;
      let group = groups.get(f.rule);
      if (!group) {
        group = { severity: f.severity, rule: f.rule, count: 0, items: [] };
        groups.set(f.rule, group);
      }
      group.count++;
      if (group.items.length >= ITEMS_PER_RULE) continue;
      const idx = f.field === 'settings' ? undefined : row.cells[f.field];
      const col = idx === undefined ? 0 : (check.inputCols[idx] ?? 0);
      group.items.push({
        cell: a1(r, col),
        row: r + 1,
        ref: row.ref === null ? null : visible(row.ref),
        field: f.field,
        message: { en: visible(f.message.en), zh: visible(f.message.zh || f.message.en) },
      });
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || b.count - a.count || a.rule.localeCompare(b.rule),
  );
  return { sheet, rows: check.report?.summary.rows ?? 0, counts, groups: sorted };
}
