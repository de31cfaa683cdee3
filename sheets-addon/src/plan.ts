import { matchHeaders } from '@ta-toolkit/core';
import type { Cell } from '@ta-toolkit/core/cells';
import { formatFee, formatMinor } from '@ta-toolkit/core/money/format';
import { classifyRow } from '@ta-toolkit/core/sheet/find-table';
import { visible } from '@ta-toolkit/core/text/identify';
import type { Fee, Finding, Lang } from '@ta-toolkit/core/types';
import { SEVERITY_MARK, SEVERITY_WORD, UI } from './i18n.ts';
import {
  CELL_LIMIT,
  type ColumnSpec,
  decodeNote,
  encodeNote,
  HIGHLIGHT,
  isDefaultBackground,
  isOwnHeader,
  isOwnNote,
  MATCH_COLUMNS,
  type Original,
  RESULT_COLUMNS,
  type ResultKey,
  resultHeader,
  resultKeyOf,
} from './marks.ts';
import type { Report } from './report-types.ts';

/**
 * Pure planning of what Check orders / Clear results write, from one read of the sheet (0-based row/column
 * indexes into the data range, which starts at A1), so it is unit-tested in Node; gas.ts applies it. The
 * header row need not be row 1 (header-row.ts): rows above it are titles, never read as data nor written.
 *
 * Only cells whose note or fill changes are written, as runs of adjacent cells down a column, and an identical
 * note or fill on many cells as one RangeList call. Cells that keep their note and fill are never touched, so
 * a protected cell, or a collaborator's note, outside what changes stays as it is.
 */

export interface Snapshot {
  /** The data range as typed cells (sheet-cells.ts). */
  values: Cell[][];
  notes: string[][];
  backgrounds: string[][];
}

/** Cells down one column, from `row`, given one value each. */
export interface Run<T> {
  row: number;
  col: number;
  values: T[];
}

/** Cells down one column. */
export interface Span {
  row: number;
  col: number;
  height: number;
}

/** Writes of one kind: one value for many cells (a RangeList call), and runs of differing values. */
export interface CellWrites<T> {
  same: { value: T; spans: Span[] }[];
  runs: Run<T>[];
}

/** Rows of the result columns, with the number format of each cell (written before the values). */
export interface ResultBlock {
  row: number;
  col: number;
  values: (string | number)[][];
  formats: string[][];
}

/**
 * Applied in this order, so a run stopped half-way (time limit, a lost connection) is put right by running it
 * again: a cell's note records its original note and fill before the cell is highlighted, and a cell gets
 * its fill back before its note (the record) is removed.
 */
export interface WritePlan {
  /** Columns the sheet needs (insert columns when it has fewer). */
  width: number;
  /** 1. Notes of cells that get the add-on's mark or a different one. */
  markNotes: CellWrites<string>;
  /** 2. Fills (null = no fill). */
  fills: CellWrites<string | null>;
  /** 3. Notes given back to cells that are no longer marked. */
  restoreNotes: CellWrites<string>;
  /** 4. The result columns (check) or their emptied cells (clear). */
  results: ResultBlock[];
  /** Result columns this run adds to the sheet (their widths are set once). */
  newColumns: { col: number; key: ResultKey }[];
  /** Input cells that get (check) or lose (clear) the add-on's note and highlight. */
  markedCells: number;
  /** Result columns written (check) or emptied (clear). */
  resultColumns: number;
  /** Rectangles this plan writes (row, col, rows, cols; 0-based), to check against protections first. */
  targets: [number, number, number, number][];
}

export interface Layout {
  /** 0-based row of the headers: the result columns' headers go on it, the data is below it. */
  header: number;
  height: number;
  width: number;
  /** Data-range column index of every input (non-result) column, in order. */
  inputCols: number[];
  /** Result columns already on the sheet, by key. */
  own: Partial<Record<ResultKey, number>>;
  /** Every column whose header marks it as the add-on's (including ones of unknown name). */
  ownCols: number[];
}

/** Rows written per setValues call (reads use the same size): bounded requests and memory on 50,000 rows. */
export const CHUNK_ROWS = 5000;

/** The sheet's columns as its header row (0-based `header`) names them. */
export function layoutOf(values: Cell[][], headerRow = 0): Layout {
  const header = values[headerRow] ?? [];
  const inputCols: number[] = [];
  const ownCols: number[] = [];
  const own: Partial<Record<ResultKey, number>> = {};
  header.forEach((h, c) => {
    if (isOwnHeader(h)) {
      ownCols.push(c);
      const key = resultKeyOf(h);
      if (key && own[key] === undefined) own[key] = c;
    } else inputCols.push(c);
  });
  let width = header.length;
  for (const row of values) if (row.length > width) width = row.length;
  return { header: headerRow, height: values.length, width, inputCols, own, ownCols };
}

export interface CoreInput {
  /** The header row and every data row below it, input columns only. */
  rows: Cell[][];
  /** 1-based sheet row of rows[i], to map core's row numbers back. */
  sheetRow: number[];
  /** 0-based rows that are totals rows (not checked, marked as such). */
  totals: number[];
}

/**
 * What core reads: the header row and the rows below it, blank rows left out. An orders sheet's totals rows are
 * left out too, told apart as ta-check tells them (core's classifyRow, with the order type column); a receipts
 * sheet's are left to core's readReceipts, which reports them (LinkSheets.totalsRows).
 */
export function coreInput(
  values: Cell[][],
  layout: Layout,
  sheet: 'orders' | 'receipts' = 'orders',
): CoreInput {
  const pick = (row: readonly Cell[] | undefined) => layout.inputCols.map((c) => row?.[c] ?? '');
  const header = pick(values[layout.header]);
  const orderType = sheet === 'orders' ? matchHeaders(header).columns.indexOf('order_type') : -1;
  const rows: Cell[][] = [header];
  const sheetRow: number[] = [layout.header + 1];
  const totals: number[] = [];
  for (let r = layout.header + 1; r < values.length; r++) {
    const picked = pick(values[r]);
    const kind = classifyRow(picked, orderType < 0 ? undefined : orderType);
    if (kind === 'blank') continue;
    if (kind === 'totals' && sheet === 'orders') {
      totals.push(r);
      continue;
    }
    rows.push(picked);
    sheetRow.push(r + 1);
  }
  return { rows, sheetRow, totals };
}

/** What the cell had before the add-on touched it (from the add-on's note), else what it has now. */
function originals(snap: Snapshot, r: number, c: number): Original {
  const note = snap.notes[r]?.[c] ?? '';
  const decoded = decodeNote(note);
  if (decoded) return decoded;
  const bg = snap.backgrounds[r]?.[c] ?? null;
  return { note, background: isDefaultBackground(bg) ? null : bg };
}

/** Number format of a fee cell ("≈" for an approximate one). */
function feeFormat(fee: Fee): string {
  return `${fee.approximate ? '"≈ "' : ''}${moneyFormat(fee.currency)}`;
}
/** An amount's number format: its currency code in the format, so the column sums and still says it. */
export function moneyFormat(currency: string): string {
  return `[$${currency}] #,##0.00`;
}
/** Text cells are plain text: Sheets then keeps them as written (no `30%` turned into 0.3, no formula). */
export const TEXT_FORMAT = '@';

/** A fee as a cell: one amount is a number (its currency in the format); a range stays text, never a guess. */
export function feeCell(fee: Fee | null, lang: Lang): { value: string | number; format: string } {
  if (!fee) return { value: '—', format: TEXT_FORMAT };
  if (fee.low !== fee.high) return { value: formatFee(fee, lang), format: TEXT_FORMAT };
  return { value: Number(formatMinor(fee.low, fee.currency)), format: feeFormat(fee) };
}

function statusText(findings: readonly Finding[], lang: Lang): string {
  for (const severity of ['error', 'warning'] as const)
    if (findings.some((f) => f.severity === severity))
      return `${SEVERITY_MARK[severity]} ${SEVERITY_WORD[severity][lang]}`;
  return `✓ ${UI.statusOk[lang]}`;
}

/** A cell's text kept under Sheets' 50,000-character limit (the end replaced by an ellipsis). */
export function withinLimit(text: string): string {
  return text.length <= CELL_LIMIT ? text : `${text.slice(0, CELL_LIMIT - 1)}…`;
}

function findingsText(findings: readonly Finding[], lang: Lang): string {
  return withinLimit(
    findings
      .map(
        (f) =>
          `${SEVERITY_WORD[f.severity][lang]} ${f.rule} (${f.field}): ${visible(f.message[lang] || f.message.en)}`,
      )
      .join('\n'),
  );
}

function sameBg(a: string | null | undefined, b: string | null | undefined): boolean {
  if (isDefaultBackground(a) && isDefaultBackground(b)) return true;
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

interface Change<T> {
  row: number;
  col: number;
  value: T;
}

/**
 * Changes (sorted by row, then column) as writes: a value shared by two or more cells becomes one RangeList
 * write (`RangeList.setNote` writes one note everywhere); the rest become runs of adjacent cells down a
 * column (a column of bad values in consecutive orders is one call).
 */
export function cellWrites<T>(changes: Change<T>[], key: (v: T) => string): CellWrites<T> {
  const count = new Map<string, number>();
  for (const ch of changes) count.set(key(ch.value), (count.get(key(ch.value)) ?? 0) + 1);
  const same = new Map<string, { value: T; spans: Span[]; open: Map<number, Span> }>();
  const runs: Run<T>[] = [];
  const openRuns = new Map<number, Run<T>>();
  for (const ch of changes) {
    const k = key(ch.value);
    if ((count.get(k) ?? 0) >= 2) {
      let group = same.get(k);
      if (!group) {
        group = { value: ch.value, spans: [], open: new Map() };
        same.set(k, group);
      }
      const last = group.open.get(ch.col);
      if (last && last.row + last.height === ch.row) last.height++;
      else {
        const span = { row: ch.row, col: ch.col, height: 1 };
        group.spans.push(span);
        group.open.set(ch.col, span);
      }
      continue;
    }
    const last = openRuns.get(ch.col);
    if (last && last.row + last.values.length === ch.row) last.values.push(ch.value);
    else {
      const run = { row: ch.row, col: ch.col, values: [ch.value] };
      runs.push(run);
      openRuns.set(ch.col, run);
    }
  }
  return { same: [...same.values()].map((g) => ({ value: g.value, spans: g.spans })), runs };
}

const noteKey = (n: string) => n;
const fillKey = (b: string | null) => (b ?? '').toLowerCase();

/** Writes turning the snapshot's notes and fills into `next` (only cells that differ). */
function markWrites(
  snap: Snapshot,
  next: Map<number, { note: string; bg: string | null }>,
  width: number,
): Pick<WritePlan, 'markNotes' | 'fills' | 'restoreNotes'> & { cells: [number, number][] } {
  const marks: Change<string>[] = [];
  const restores: Change<string>[] = [];
  const fills: Change<string | null>[] = [];
  const cells: [number, number][] = [];
  const keys = [...next.keys()].sort((a, b) => a - b);
  for (const k of keys) {
    const row = Math.floor(k / width);
    const col = k % width;
    const want = next.get(k) as { note: string; bg: string | null };
    const note = snap.notes[row]?.[col] ?? '';
    let touched = false;
    if (note !== want.note) {
      (isOwnNote(want.note) ? marks : restores).push({ row, col, value: want.note });
      touched = true;
    }
    if (!sameBg(snap.backgrounds[row]?.[col], want.bg)) {
      fills.push({ row, col, value: want.bg });
      touched = true;
    }
    if (touched) cells.push([row, col]);
  }
  return {
    markNotes: cellWrites(marks, noteKey),
    fills: cellWrites(fills, fillKey),
    restoreNotes: cellWrites(restores, noteKey),
    cells,
  };
}

/** Every cell holding the add-on's note, given back its original note and fill. */
function restoredMarks(snap: Snapshot, layout: Layout): Map<number, { note: string; bg: string | null }> {
  const next = new Map<number, { note: string; bg: string | null }>();
  for (let r = 0; r < snap.notes.length; r++) {
    const row = snap.notes[r] as string[];
    for (let c = 0; c < row.length; c++) {
      if (!isOwnNote(row[c])) continue;
      const o = originals(snap, r, c);
      next.set(r * layout.width + c, { note: o.note, bg: o.background });
    }
  }
  return next;
}

/** The result columns' cells from row `from` (the header row: nothing above it is written) down to `height`. */
function resultBlocks(
  columns: Map<number, { values: (string | number)[]; formats: string[] }>,
  from: number,
  height: number,
): ResultBlock[] {
  const cols = [...columns.keys()].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const c of cols) {
    const last = groups[groups.length - 1];
    if (last && last[last.length - 1] === c - 1) last.push(c);
    else groups.push([c]);
  }
  const blocks: ResultBlock[] = [];
  for (const group of groups) {
    for (let top = from; top < height; top += CHUNK_ROWS) {
      const bottom = Math.min(height, top + CHUNK_ROWS);
      const values: (string | number)[][] = [];
      const formats: string[][] = [];
      for (let r = top; r < bottom; r++) {
        values.push(group.map((c) => columns.get(c)?.values[r] ?? ''));
        formats.push(group.map((c) => columns.get(c)?.formats[r] ?? TEXT_FORMAT));
      }
      blocks.push({ row: top, col: group[0] as number, values, formats });
    }
  }
  return blocks;
}

function rectangles(plan: Omit<WritePlan, 'targets'>, cells: [number, number][]): WritePlan['targets'] {
  const out: WritePlan['targets'] = cells.map(([r, c]) => [r, c, 1, 1]);
  for (const b of plan.results) out.push([b.row, b.col, b.values.length, b.values[0]?.length ?? 0]);
  return out;
}

/** A finding as a cell's note shows it (an order finding, or a receipts-sheet one of fund linking). */
export type MarkFinding = Pick<Finding, 'severity' | 'rule' | 'message'>;

/** A result cell: its value and number format. */
export interface ResultCell {
  value: string | number;
  format: string;
}

/**
 * What one run writes on one sheet, built up cell by cell: its result columns (existing ones reused, else
 * appended right of the data) and the marks of the input cells (every earlier mark given back first, then
 * this run's findings mark cells again). planCheck and planMatch fill it in.
 */
export class SheetPlan {
  readonly width: number;
  private readonly colOf = new Map<ResultKey, number>();
  private readonly newColumns: WritePlan['newColumns'] = [];
  private readonly columns = new Map<number, { values: (string | number)[]; formats: string[] }>();
  private readonly next: Map<number, { note: string; bg: string | null }>;
  private markedCells = 0;

  constructor(
    private readonly snap: Snapshot,
    private readonly layout: Layout,
    private readonly specs: readonly ColumnSpec[],
  ) {
    let nextCol = layout.width;
    for (const c of specs) {
      const existing = layout.own[c.key];
      if (existing === undefined) this.newColumns.push({ col: nextCol, key: c.key });
      this.colOf.set(c.key, existing ?? nextCol++);
    }
    this.width = Math.max(layout.width, nextCol);
    for (const c of specs) {
      const values: (string | number)[] = new Array(layout.height).fill('');
      values[layout.header] = resultHeader(c);
      this.columns.set(this.colOf.get(c.key) as number, {
        values,
        formats: new Array(layout.height).fill(TEXT_FORMAT),
      });
    }
    this.next = restoredMarks(snap, { ...layout, width: this.width });
  }

  /** Row `r` (0-based sheet row, below the header row) of the result column `key`. */
  put(key: ResultKey, r: number, v: ResultCell): void {
    const col = this.columns.get(this.colOf.get(key) as number);
    if (!col || r <= this.layout.header || r >= this.layout.height) return;
    col.values[r] = v.value;
    col.formats[r] = v.format;
  }

  /** The input cell (r, c) gets a note listing `findings` (its original kept in it) and the worst one's fill. */
  mark(r: number, c: number, findings: readonly MarkFinding[], lang: Lang): void {
    const key = r * this.width + c;
    const bg = this.snap.backgrounds[r]?.[c];
    const original = this.next.get(key) ?? {
      note: this.snap.notes[r]?.[c] ?? '',
      bg: isDefaultBackground(bg) ? null : (bg ?? null),
    };
    const note = encodeNote(findings, lang, { note: original.note, background: original.bg });
    // A note over the cell limit cannot be written: the findings stay in the result columns only.
    if (note.length > CELL_LIMIT) return;
    const worst = findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
    this.next.set(key, { note, bg: HIGHLIGHT[worst] });
    this.markedCells++;
  }

  plan(): WritePlan {
    const { markNotes, fills, restoreNotes, cells } = markWrites(this.snap, this.next, this.width);
    const plan = {
      width: this.width,
      markNotes,
      fills,
      restoreNotes,
      results: resultBlocks(this.columns, this.layout.header, this.layout.height),
      newColumns: this.newColumns,
      markedCells: this.markedCells,
      resultColumns: this.specs.length,
    };
    return { ...plan, targets: rectangles(plan, cells) };
  }
}

/** Errors and warnings by the data-range column they name (info findings and unplaced ones are not marked). */
export function findingsByColumn<F extends MarkFinding & { field: string }>(
  findings: readonly F[],
  columnOf: (field: F['field']) => number | undefined,
): Map<number, F[]> {
  const byCol = new Map<number, F[]>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const c = columnOf(f.field);
    if (c === undefined) continue;
    byCol.set(c, [...(byCol.get(c) ?? []), f]);
  }
  return byCol;
}

/** A text result cell: plain text, kept as written. */
export const textCell = (value: string): ResultCell => ({ value, format: TEXT_FORMAT });

/**
 * Check orders: results into the add-on's columns, a note + highlight on each input cell with an error or
 * warning, earlier marks replaced or given back. `input` is coreInput's: its sheetRow maps core's row numbers
 * back to sheet rows.
 */
export function planCheck(
  snap: Snapshot,
  layout: Layout,
  report: Report,
  input: Pick<CoreInput, 'sheetRow' | 'totals'>,
  lang: Lang,
): WritePlan {
  const sheet = new SheetPlan(snap, layout, RESULT_COLUMNS);
  for (const row of report.rows) {
    const r = (input.sheetRow[row.row - 1] ?? row.row) - 1;
    if (r <= layout.header || r >= layout.height) continue;
    sheet.put('status', r, textCell(statusText(row.findings, lang)));
    sheet.put('findings', r, textCell(findingsText(row.findings, lang)));
    sheet.put('payment', r, feeCell(row.exact.payment, lang));
    sheet.put('service', r, feeCell(row.exact.service, lang));
    sheet.put('withdrawal', r, feeCell(row.exact.withdrawal, lang));
    sheet.put('net', r, feeCell(row.exact.net, lang));
    const byCol = findingsByColumn(row.findings, (field) => {
      const idx = field === 'settings' ? undefined : row.cells[field];
      return idx === undefined ? undefined : layout.inputCols[idx];
    });
    for (const [c, fs] of byCol) sheet.mark(r, c, fs, lang);
  }
  for (const r of input.totals) sheet.put('status', r, textCell(UI.totalsRow[lang]));
  return sheet.plan();
}

/** Clear results: empty every add-on column, give every marked cell back its note and background. */
export function planClear(snap: Snapshot, layout: Layout): WritePlan {
  const next = restoredMarks(snap, layout);
  const columns = new Map<number, { values: (string | number)[]; formats: string[] }>();
  for (const c of layout.ownCols) {
    columns.set(c, {
      values: new Array(layout.height).fill(''),
      formats: new Array(layout.height).fill(TEXT_FORMAT),
    });
  }
  const { markNotes, fills, restoreNotes, cells } = markWrites(snap, next, layout.width);
  const plan = {
    width: layout.width,
    markNotes,
    fills,
    restoreNotes,
    results: resultBlocks(columns, layout.header, layout.height),
    newColumns: [],
    markedCells: next.size,
    resultColumns: layout.ownCols.length,
  };
  return { ...plan, targets: rectangles(plan, cells) };
}

/**
 * An edit to order rows (onEdit): those rows' marks go back to what the cells had, and their status says
 * the row changed since the check; on a receipts sheet, the rows' proposals are emptied and Why says so. `snap` holds only the edited rows (read from the sheet), the first of
 * them at 0-based sheet row `top`; `layout` is the sheet's (from its header row).
 */
export function planEdited(snap: Snapshot, layout: Layout, top: number, lang: Lang): WritePlan {
  const width = Math.max(layout.width, ...snap.notes.map((r) => r.length));
  const next = restoredMarks(snap, { ...layout, width });
  const { markNotes, fills, restoreNotes, cells } = markWrites(snap, next, width);
  const shift = <T>(w: CellWrites<T>): CellWrites<T> => ({
    same: w.same.map((g) => ({ value: g.value, spans: g.spans.map((s) => ({ ...s, row: s.row + top })) })),
    runs: w.runs.map((r) => ({ ...r, row: r.row + top })),
  });
  const status = layout.own.status;
  const results: ResultBlock[] =
    status === undefined || next.size === 0
      ? []
      : [
          {
            row: top,
            col: status,
            values: snap.notes.map(() => [UI.edited[lang]]),
            formats: snap.notes.map(() => [TEXT_FORMAT]),
          },
        ];
  // A receipt edited after Match receipts loses its proposal: it may no longer hold, and a link is irreversible.
  const proposal = new Map<number, { values: string[]; formats: string[] }>();
  if (layout.own.why !== undefined) {
    for (const c of MATCH_COLUMNS) {
      const col = layout.own[c.key];
      if (col === undefined) continue;
      const value = c.key === 'why' ? UI.editedMatch[lang] : '';
      proposal.set(col, { values: snap.notes.map(() => value), formats: snap.notes.map(() => TEXT_FORMAT) });
    }
  }
  for (const b of resultBlocks(proposal, 0, snap.notes.length)) results.push({ ...b, row: b.row + top });
  const plan = {
    width: layout.width,
    markNotes: shift(markNotes),
    fills: shift(fills),
    restoreNotes: shift(restoreNotes),
    results,
    newColumns: [],
    markedCells: next.size,
    resultColumns: 0,
  };
  return {
    ...plan,
    targets: rectangles(
      plan,
      cells.map(([r, c]) => [r + top, c]),
    ),
  };
}
