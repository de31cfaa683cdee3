import { type Cell, dateCell, numberCell } from '../cells.ts';
import type { RawValue } from '../types.ts';

/**
 * A value of an OrderInput (what a form, a JSON draft or a custom function hands over) as a typed cell:
 * text stays text, a number is a number with no format, a Date is its UTC calendar day (as XLSX readers
 * hand dates over), null is empty. Typed cells pass through.
 */
export function inputCell(value: RawValue | Cell): Cell {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberCell(value);
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : dateCell(value.toISOString().slice(0, 10));
  }
  return value;
}
