import { type Cell, cellDisplay, numberCell } from '../cells.ts';
import { formatGrouped } from '../money/format.ts';
import amountAmbiguous from '../rules/amount/ambiguous.ts';
import { finding } from '../rules/rule.ts';
import quoteDamage from '../rules/sheet/quote-damage.ts';
import rowSkipped from '../rules/sheet/row-skipped.ts';
import type { Finding, OrderField } from '../types.ts';
import { MONEY_FIELDS, type TableLayout } from './find-table.ts';
import type { DecimalMark, SheetRow } from './open-sheet.ts';

/** A data row as the order reader should see it, with what reading the sheet itself found. */
export interface PreparedRow {
  cells: Cell[];
  /** Findings of the sheet reader (quote damage, a locale-dependent amount, a skipped row), first in the row. */
  findings: Finding[];
  /** Not an order (a totals row): reported with its finding, not checked. */
  skip: boolean;
}

const NONE: Finding[] = [];
/** `2.500,00`, `750,00`, `12.000` (a dot groups thousands, a comma marks decimals). */
const EUROPEAN = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
/** `12.000`, `3.600`: thousands under one reading, decimals under the other. */
const AMBIGUOUS = /^\d{1,3}(?:\.\d{3})+$/;

function fieldAt(layout: TableLayout, column: number): OrderField {
  return layout.columns[column] ?? layout.columns.find((f) => f !== null) ?? 'order_ref';
}

/** A money cell of a semicolon file written the European way → its number, keeping the text as typed. */
function europeanAmount(text: string): number | null {
  const m = EUROPEAN.exec(text.trim());
  if (!m) return null;
  const whole = (m[2] as string).replaceAll('.', '');
  return Number(`${m[1]}${whole}${m[3] ? `.${m[3]}` : ''}`);
}

export function prepareRow(row: SheetRow, layout: TableLayout, decimalMark: DecimalMark): PreparedRow {
  if (row.kind === 'totals') {
    const label = cellDisplay(row.cells.find((c) => typeof c === 'string' && c.trim() !== '')).trim();
    const first = row.cells.findIndex((c) => typeof c === 'string' && c.trim() !== '');
    return {
      cells: row.cells,
      findings: [finding(rowSkipped, fieldAt(layout, first), { label })],
      skip: true,
    };
  }
  let findings = NONE;
  if (row.damage === 'quote') {
    const column = row.cells.findIndex((c) => typeof c === 'string' && c.startsWith('"'));
    const cell = column < 0 ? '' : (row.cells[column] as string);
    findings = [finding(quoteDamage, fieldAt(layout, column < 0 ? 0 : column), { cell })];
  }
  if (decimalMark === 'point') return { cells: row.cells, findings, skip: false };
  let cells = row.cells;
  for (let c = 0; c < cells.length; c++) {
    const field = layout.columns[c];
    const text = cells[c];
    if (!field || !MONEY_FIELDS.has(field) || typeof text !== 'string') continue;
    const value = europeanAmount(text);
    if (value === null) continue;
    if (cells === row.cells) cells = [...row.cells];
    cells[c] = numberCell(value, 'general', { display: text.trim() });
    if (decimalMark === 'unknown' && AMBIGUOUS.test(text.trim())) {
      const used = formatGrouped(Math.round(value * 100), 'USD');
      const other = formatGrouped(Math.round(Number(text.trim()) * 100), 'USD');
      if (findings === NONE) findings = [];
      findings.push(finding(amountAmbiguous, field, { value: text.trim(), used, other }));
    }
  }
  return { cells, findings, skip: false };
}
