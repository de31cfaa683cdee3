import { checkRows, matchHeaders } from '@ta-toolkit/core';
import type { Lang, Message, OrderField, Settings } from '@ta-toolkit/core/types';
import { ordersHeaderRow } from './header-row.ts';
import { summaryText } from './i18n.ts';
import { coreInput, layoutOf, planCheck, type Snapshot, type WritePlan } from './plan.ts';
import type { Report } from './report-types.ts';

export interface SheetCheck {
  /** null: nothing to write (no order rows, or not an order sheet). */
  plan: WritePlan | null;
  report: Report | null;
  /** 1-based sheet row of each row core saw (the header row is core's row 1). */
  sheetRow: number[];
  /** 0-based data-range column of each input column core saw. */
  inputCols: number[];
  missingRequired: OrderField[];
  /** No header of the sheet is an order-sheet column. */
  notOrderSheet: boolean;
}

/** Check orders, pure: the sheet's typed cells -> core report -> write plan. `today` is YYYY-MM-DD (US Pacific). */
export function checkSheet(snap: Snapshot, settings: Settings, lang: Lang, today: string): SheetCheck {
  const layout = layoutOf(snap.values, ordersHeaderRow(snap.values));
  const input = coreInput(snap.values, layout);
  const { columns, missingRequired } = matchHeaders(input.rows[0] ?? []);
  const notOrderSheet = columns.every((c) => c === null);
  const base = { sheetRow: input.sheetRow, inputCols: layout.inputCols, missingRequired, notOrderSheet };
  if (notOrderSheet || input.rows.length < 2) return { plan: null, report: null, ...base };
  const report = checkRows(input.rows, settings, today);
  return { plan: planCheck(snap, layout, report, input, lang), report, ...base };
}

export function sheetSummary(check: SheetCheck): Message {
  return summaryText(check.report?.summary ?? { rows: 0, errors: 0, warnings: 0 });
}
