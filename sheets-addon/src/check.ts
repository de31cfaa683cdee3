import { checkRows, matchHeaders } from '@ta-toolkit/core';
import { asShown, type Cell, cellDisplay } from '@ta-toolkit/core/cells';
import type { Lang, Message, OrderField, RawValue, Settings } from '@ta-toolkit/core/types';
import { summaryText } from './i18n.ts';
import { coreInput, layoutOf, planCheck, type Snapshot, type WritePlan } from './plan.ts';
import type { Report } from './report-types.ts';

export interface SheetCheck {
  /** null: nothing to write (no order rows, or not an order sheet). */
  plan: WritePlan | null;
  report: Report | null;
  /** 1-based sheet row of each row core saw (the header is core's row 1). */
  sheetRow: number[];
  /** 0-based data-range column of each input column core saw. */
  inputCols: number[];
  missingRequired: OrderField[];
  /** No header of the sheet is an order-sheet column. */
  notOrderSheet: boolean;
}

/**
 * A typed cell as the text core's current reader takes (until checkRows takes Cell rows, issue 7): a percentage
 * as `30%`, a currency amount with its code, a date as YYYY-MM-DD — what the user typed, not the stored number.
 */
export function cellAsText(cell: Cell): RawValue {
  if (typeof cell === 'string') return cell;
  switch (cell.kind) {
    case 'number':
      if (cell.format === 'percent') return `${asShown(cell.value * 100)}%`;
      if (cell.format === 'currency' && cell.currency) return `${cell.currency} ${asShown(cell.value)}`;
      return asShown(cell.value);
    case 'date':
      return cell.time ? `${cell.date} ${cell.time}` : cell.date;
    default:
      return cellDisplay(cell);
  }
}

/** Check orders, pure: the sheet's typed cells -> core report -> write plan. `today` is YYYY-MM-DD (US Pacific). */
export function checkSheet(snap: Snapshot, settings: Settings, lang: Lang, today: string): SheetCheck {
  const layout = layoutOf(snap.values);
  const input = coreInput(snap.values, layout);
  const header = (input.rows[0] ?? []).map(cellAsText);
  const { columns, missingRequired } = matchHeaders(header);
  const notOrderSheet = columns.every((c) => c === null);
  const base = { sheetRow: input.sheetRow, inputCols: layout.inputCols, missingRequired, notOrderSheet };
  if (notOrderSheet || input.rows.length < 2) return { plan: null, report: null, ...base };
  const report = checkRows(
    input.rows.map((r) => r.map(cellAsText)),
    settings,
    today,
  );
  return { plan: planCheck(snap, layout, report, input, lang), report, ...base };
}

export function sheetSummary(check: SheetCheck): Message {
  return summaryText(check.report?.summary ?? { rows: 0, errors: 0, warnings: 0 });
}
