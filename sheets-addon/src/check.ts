import { checkRows, matchHeaders, todayInPacific } from '@ta-toolkit/core';
import type { Lang, Message, OrderField, Settings } from '@ta-toolkit/core/types';
import { summaryText } from './i18n.ts';
import { coreInput, layoutOf, planCheck, type Snapshot, type WritePlan } from './plan.ts';
import type { Report } from './report-types.ts';

export interface SheetCheck {
  /** null: nothing to write (no order rows, or not an order sheet). */
  plan: WritePlan | null;
  report: Report | null;
  missingRequired: OrderField[];
  /** No header of the sheet is an order-sheet column. */
  notOrderSheet: boolean;
}

/** Check orders, pure: snapshot of the data range -> core report -> write plan. */
export function checkSheet(
  snap: Snapshot,
  settings: Settings,
  lang: Lang,
  timeZone?: string,
  today?: string,
): SheetCheck {
  const layout = layoutOf(snap.values);
  const { rows, sheetRow } = coreInput(snap.values, layout, timeZone);
  const header = rows[0] ?? [];
  const { columns, missingRequired } = matchHeaders(header);
  const notOrderSheet = columns.every((c) => c === null);
  if (notOrderSheet || rows.length < 2) return { plan: null, report: null, missingRequired, notOrderSheet };
  const report = checkRows(rows, settings, today ?? todayInPacific());
  return { plan: planCheck(snap, layout, report, sheetRow, lang), report, missingRequired, notOrderSheet };
}

export function sheetSummary(check: SheetCheck): Message {
  return summaryText(check.report?.summary ?? { rows: 0, errors: 0, warnings: 0 });
}
