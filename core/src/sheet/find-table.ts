import { type Cell, type CellRow, cellDisplay, isBlankCell } from '../cells.ts';
import type { OrderField } from '../types.ts';
import { headerCandidates, normalizeHeader } from './columns.ts';

/**
 * Where the orders are in a sheet as people keep it: a title row (`2026年11月 信用保障订单汇总`), a date line
 * (`日期：,2026-11-20`) or blank rows may come before the header, so the header is the row among the first
 * HEADER_SEARCH_ROWS that names the most order columns. A sheet where no row names an order type or an amount is
 * refused: checking it would pass every row.
 */
export const HEADER_SEARCH_ROWS = 30;
/** Data rows after the header that decide an ambiguous header (`Shipping`: freight or method). */
export const SAMPLE_ROWS = 20;

export const MONEY_FIELDS: ReadonlySet<OrderField> = new Set([
  'unit_price',
  'product_total',
  'freight',
  'insurance',
  'order_total',
  'advance',
  'balance',
  'withdraw_amount',
]);

export interface UnknownColumn {
  /** 0-based sheet column. */
  column: number;
  header: string;
}

export interface TableLayout {
  /** 0-based index, among the rows searched, of the header row. */
  headerIndex: number;
  /** Per sheet column, the field it holds (null: not an order column, kept and ignored). */
  columns: (OrderField | null)[];
  /** Columns with a header that names no field: reported, so a misspelt header is not silently ignored. */
  unknown: UnknownColumn[];
  /** Fields named by more than one column: the first wins. */
  duplicates: OrderField[];
}

export type TableSearch =
  | { found: true; layout: TableLayout }
  /** `no-header`: no row names two order columns; `no-order-column`: the best one has no order type or amount. */
  | { found: false; reason: 'no-header' | 'no-order-column'; bestRow?: number; known?: OrderField[] };

/** Looks like an amount: a number cell, or text that is digits with separators and an optional currency mark. */
export function looksLikeAmount(cell: Cell): boolean {
  if (typeof cell !== 'string') return cell.kind === 'number' || cell.kind === 'formula';
  return /^[(（-]?\s*(?:[a-z]{3}|us\s?\$|\$|¥|￥)?\s*[-+]?\d[\d,.\s]*(?:元|[a-z]{3})?\)?$/i.test(
    cell.normalize('NFKC').trim(),
  );
}

function distinctFields(row: CellRow): Set<OrderField> {
  const fields = new Set<OrderField>();
  for (const cell of row)
    for (const f of typeof cell === 'string' ? headerCandidates(cell) : []) fields.add(f);
  return fields;
}

function hasOrderColumn(fields: ReadonlySet<OrderField>): boolean {
  if (fields.has('order_type')) return true;
  for (const f of fields) if (MONEY_FIELDS.has(f)) return true;
  return false;
}

/** Finds the header among the first rows and which field each column holds. */
export function findTable(rows: readonly CellRow[]): TableSearch {
  let best = -1;
  let bestFields = new Set<OrderField>();
  const searched = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < searched; i++) {
    const fields = distinctFields(rows[i] ?? []);
    if (fields.size > bestFields.size) {
      best = i;
      bestFields = fields;
    }
  }
  if (best < 0 || bestFields.size < 2) {
    return best < 0
      ? { found: false, reason: 'no-header' }
      : { found: false, reason: 'no-header', bestRow: best, known: [...bestFields] };
  }
  if (!hasOrderColumn(bestFields)) {
    return { found: false, reason: 'no-order-column', bestRow: best, known: [...bestFields] };
  }
  const samples = rows.slice(best + 1, best + 1 + SAMPLE_ROWS);
  return { found: true, layout: layoutOf(rows[best] ?? [], best, samples) };
}

function layoutOf(header: CellRow, headerIndex: number, samples: readonly CellRow[]): TableLayout {
  const taken = new Set<OrderField>();
  const duplicates: OrderField[] = [];
  const unknown: UnknownColumn[] = [];
  const columns = header.map((cell, column): OrderField | null => {
    const candidates = typeof cell === 'string' ? headerCandidates(cell) : [];
    if (candidates.length === 0) {
      if (!isBlankCell(cell)) unknown.push({ column, header: cellDisplay(cell) });
      return null;
    }
    const fitting = candidates.length > 1 ? byValues(candidates, column, samples) : candidates;
    const field = fitting.find((f) => !taken.has(f)) ?? null;
    if (field === null) {
      duplicates.push(candidates[0] as OrderField);
      return null;
    }
    taken.add(field);
    return field;
  });
  return { headerIndex, columns, unknown, duplicates };
}

/** An ambiguous header: the reading its values fit (amounts → the money field), the others after it. */
function byValues(
  candidates: readonly OrderField[],
  column: number,
  samples: readonly CellRow[],
): readonly OrderField[] {
  let amounts = 0;
  let others = 0;
  for (const row of samples) {
    const cell = row[column];
    if (cell === undefined || isBlankCell(cell)) continue;
    if (looksLikeAmount(cell)) amounts++;
    else others++;
  }
  const money = amounts > others;
  return [...candidates].sort(
    (a, b) => Number(MONEY_FIELDS.has(b) === money) - Number(MONEY_FIELDS.has(a) === money),
  );
}

const TOTAL_WORDS: ReadonlySet<string> = new Set(
  ['合计', '总计', '小计', '共计', 'total', 'totals', 'grand total', 'subtotal', 'sum'].map(normalizeHeader),
);

export type RowKind = 'order' | 'blank' | 'totals';

/**
 * A data row is an order unless it is blank or a totals row: its first filled cell says 合计 / 總計 / Total
 * and it has no order type of its own.
 */
export function classifyRow(cells: CellRow, orderTypeColumn: number | undefined): RowKind {
  let first: Cell | undefined;
  for (const cell of cells) {
    if (!isBlankCell(cell)) {
      first = cell;
      break;
    }
  }
  if (first === undefined) return 'blank';
  if (typeof first !== 'string' || !TOTAL_WORDS.has(normalizeHeader(first))) return 'order';
  const type = orderTypeColumn === undefined ? undefined : cells[orderTypeColumn];
  return type === undefined || isBlankCell(type) || type === first ? 'totals' : 'order';
}
