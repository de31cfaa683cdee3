import type { Cell } from '@ta-toolkit/core/cells';
import { receiptsHeaderIndex } from '@ta-toolkit/core/linking/read-receipts';
import { findTable, HEADER_SEARCH_ROWS } from '@ta-toolkit/core/sheet/find-table';
import { isOwnHeader } from './marks.ts';

/**
 * Which row holds a sheet's headers, found as `ta-check` and `ta-check link` find it: an order summary has a
 * title and a date line above its header, a bank's statement export its title, account and period. Core
 * decides (findTable, receiptsHeaderIndex); the add-on's own result headers are left out of what it sees, so a
 * sheet reads the same before and after the add-on wrote on it.
 */

/** How many top rows are searched (one read of this many rows picks the sheets). */
export const SEARCHED_ROWS = HEADER_SEARCH_ROWS;

/** The searched rows as the user typed them (the add-on's result headers blanked). */
function userRows(values: readonly (readonly Cell[])[]): Cell[][] {
  return values.slice(0, SEARCHED_ROWS).map((row) => row.map((c) => (isOwnHeader(c) ? '' : c)));
}

/** 0-based row of an orders sheet's headers (ta-check's findTable); row 1 when none fits, to say what it lacks. */
export function ordersHeaderRow(values: readonly (readonly Cell[])[]): number {
  const search = findTable(userRows(values));
  return search.found ? search.layout.headerIndex : 0;
}

/** 0-based row of a receipts sheet's headers (ta-check link's receiptsHeaderIndex); -1: not a receipts sheet. */
export function receiptsHeaderRow(values: readonly (readonly Cell[])[]): number {
  return receiptsHeaderIndex(userRows(values));
}

/** 0-based row holding the add-on's result headers (Clear, an edit after a run); -1: it wrote none. */
export function ownHeaderRow(values: readonly (readonly Cell[])[]): number {
  const searched = Math.min(values.length, SEARCHED_ROWS);
  for (let r = 0; r < searched; r++) if (values[r]?.some(isOwnHeader)) return r;
  return -1;
}
