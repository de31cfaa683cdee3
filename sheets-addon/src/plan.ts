import { type Cell as CoreCell, isBlankCell } from '@ta-toolkit/core/cells';
import { inputCell as toCell } from '@ta-toolkit/core/check/input-cells';
import { formatFee } from '@ta-toolkit/core/money/format';
import type { Fee, Finding, Lang, RawValue } from '@ta-toolkit/core/types';
import { UI } from './i18n.ts';
import {
  decodeNote,
  encodeNote,
  HIGHLIGHT,
  isDefaultBackground,
  isOwnHeader,
  isOwnNote,
  type Original,
  RESULT_COLUMNS,
  type ResultKey,
  resultHeader,
  resultKeyOf,
} from './marks.ts';
import type { Report } from './report-types.ts';

/**
 * Pure planning of what Check orders / Clear results write, from one read of the sheet's data range.
 * Everything here works on 2D arrays (0-based row/column indexes into the data range, which starts at A1),
 * so it is unit-tested in Node; the Apps Script side only reads once and applies the plan in a few calls.
 */

export type Cell = unknown;
export interface Snapshot {
  values: Cell[][];
  notes: string[][];
  backgrounds: string[][];
}

/** A rectangle to write in one call: top-left at (row, col), 0-based. */
export interface Block<T> {
  row: number;
  col: number;
  values: T[][];
}

export interface WritePlan {
  /** Columns the sheet needs (insert columns when it has fewer). */
  width: number;
  values: Block<string>[];
  notes: Block<string> | null;
  /** null in a cell = reset to no fill. */
  backgrounds: Block<string | null> | null;
  /** Input cells that get (check) or lose (clear) the add-on's note and highlight. */
  markedCells: number;
  /** Result columns written (check) or emptied (clear). */
  resultColumns: number;
}

export interface Layout {
  height: number;
  width: number;
  /** Data-range column index of every input (non-result) column, in order. */
  inputCols: number[];
  /** Result columns already on the sheet, by key. */
  own: Partial<Record<ResultKey, number>>;
  /** Every column whose header marks it as the add-on's (including ones of unknown name). */
  ownCols: number[];
}

export function layoutOf(values: Cell[][]): Layout {
  const header = values[0] ?? [];
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
  return { height: values.length, width: header.length, inputCols, own, ownCols };
}

/** 'YYYY-MM-DD' of a cell date in the spreadsheet's time zone (a date cell is midnight there). */
export function dateText(d: Date, timeZone: string | undefined): string {
  if (Number.isNaN(d.getTime())) return String(d);
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: timeZone || 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(d);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

function isDate(v: unknown): v is Date {
  // Cross-realm safe (Apps Script values, vm contexts): no instanceof.
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * The rows core checks: the header row and every non-blank order row, input columns only. `sheetRow[i]` is
 * the 1-based sheet row of rows[i] (row 1 = headers), to map core's row numbers back.
 */
export function coreInput(
  values: Cell[][],
  layout: Layout,
  timeZone?: string,
): { rows: CoreCell[][]; sheetRow: number[] } {
  const rows: CoreCell[][] = [];
  const sheetRow: number[] = [];
  values.forEach((row, r) => {
    const picked = layout.inputCols.map((c) => {
      const v = row[c];
      if (isDate(v)) return dateText(v, timeZone);
      return toCell(v as RawValue);
    });
    if (r > 0 && picked.every(isBlankCell)) return;
    rows.push(picked);
    sheetRow.push(r + 1);
  });
  return { rows, sheetRow };
}

/** What the cell had before the add-on touched it (from the add-on's note), else what it has now. */
function originals(snap: Snapshot, r: number, c: number): Original {
  const note = snap.notes[r]?.[c] ?? '';
  const decoded = decodeNote(note);
  if (decoded) return decoded;
  const bg = snap.backgrounds[r]?.[c] ?? null;
  return { note, background: isDefaultBackground(bg) ? null : bg };
}

/** A report fee as cell text: 'USD 73.75', 'USD 15.00–30.00', '≈ USD 40.00'; '—' when there is none. */
/** Fees as ta-check's CSV shows them (core's formatFee), so the two agree to the character. */
export function feeText(fee: Fee | null, lang: Lang): string {
  return fee ? formatFee(fee, lang) : '—';
}

function statusText(findings: readonly Finding[], lang: Lang): string {
  if (findings.some((f) => f.severity === 'error')) return `✗ ${UI.statusError[lang]}`;
  if (findings.some((f) => f.severity === 'warning')) return `⚠ ${UI.statusWarning[lang]}`;
  return `✓ ${UI.statusOk[lang]}`;
}

function findingsText(findings: readonly Finding[], lang: Lang): string {
  return findings
    .map((f) => `${f.severity} ${f.rule} (${f.field}): ${f.message[lang] || f.message.en}`)
    .join('\n');
}

/** Split sorted column indexes into runs of adjacent columns. */
function runs(cols: number[]): number[][] {
  const sorted = [...cols].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === c - 1) last.push(c);
    else out.push([c]);
  }
  return out;
}

function columnBlocks(colValues: Map<number, string[]>, height: number): Block<string>[] {
  return runs([...colValues.keys()]).map((run) => ({
    row: 0,
    col: run[0] as number,
    values: Array.from({ length: height }, (_, r) => run.map((c) => colValues.get(c)?.[r] ?? '')),
  }));
}

/** The smallest rectangle holding every cell where `next` differs from `current`, filled from `next`. */
function diffBlock<T>(next: T[][], same: (r: number, c: number) => boolean): Block<T> | null {
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = -1;
  let right = -1;
  for (let r = 0; r < next.length; r++) {
    const row = next[r] as T[];
    for (let c = 0; c < row.length; c++) {
      if (same(r, c)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  if (bottom < 0) return null;
  const values: T[][] = [];
  for (let r = top; r <= bottom; r++) values.push((next[r] as T[]).slice(left, right + 1));
  return { row: top, col: left, values };
}

function sameBg(a: string | null | undefined, b: string | null | undefined): boolean {
  if (isDefaultBackground(a) && isDefaultBackground(b)) return true;
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

/** Notes/backgrounds blocks turning the snapshot's into `notes`/`bgs` (both full-size). */
function markBlocks(snap: Snapshot, notes: string[][], bgs: (string | null)[][]) {
  const noteBlock = diffBlock(notes, (r, c) => (snap.notes[r]?.[c] ?? '') === notes[r]?.[c]);
  const bgBlock = diffBlock(bgs, (r, c) => sameBg(snap.backgrounds[r]?.[c], bgs[r]?.[c]));
  return { noteBlock, bgBlock };
}

/** Notes and backgrounds with every add-on mark removed (what Clear restores). */
function restored(
  snap: Snapshot,
  layout: Layout,
): { notes: string[][]; bgs: (string | null)[][]; marked: number } {
  let marked = 0;
  const notes: string[][] = [];
  const bgs: (string | null)[][] = [];
  for (let r = 0; r < layout.height; r++) {
    const nRow: string[] = [];
    const bRow: (string | null)[] = [];
    for (let c = 0; c < layout.width; c++) {
      const note = snap.notes[r]?.[c] ?? '';
      if (isOwnNote(note)) {
        const o = originals(snap, r, c);
        marked++;
        nRow.push(o.note);
        bRow.push(o.background);
      } else {
        nRow.push(note);
        const bg = snap.backgrounds[r]?.[c] ?? null;
        bRow.push(isDefaultBackground(bg) ? null : bg);
      }
    }
    notes.push(nRow);
    bgs.push(bRow);
  }
  return { notes, bgs, marked };
}

/**
 * Check orders: results into the add-on's columns (existing ones reused, else appended right of the data),
 * a note + highlight on each input cell with an error or warning, previous marks replaced. `sheetRow` maps
 * core's row numbers (rows of the array core saw) back to sheet rows (coreInput).
 */
export function planCheck(
  snap: Snapshot,
  layout: Layout,
  report: Report,
  sheetRow: number[],
  lang: Lang,
): WritePlan {
  const { notes, bgs } = restored(snap, layout);
  const height = layout.height;

  // Result columns: reuse, else append after the last used column.
  let next = layout.width;
  const colOf = {} as Record<ResultKey, number>;
  for (const c of RESULT_COLUMNS) colOf[c.key] = layout.own[c.key] ?? next++;
  const colValues = new Map<number, string[]>();
  for (const c of RESULT_COLUMNS) {
    const col = Array.from({ length: height }, () => '');
    col[0] = resultHeader(c);
    colValues.set(colOf[c.key], col);
  }
  const put = (key: ResultKey, r: number, v: string) => {
    const col = colValues.get(colOf[key]);
    if (col && r > 0 && r < height) col[r] = v;
  };

  let markedCells = 0;
  for (const row of report.rows) {
    const r = (sheetRow[row.row - 1] ?? row.row) - 1;
    if (r <= 0 || r >= height) continue;
    put('status', r, statusText(row.findings, lang));
    put('findings', r, findingsText(row.findings, lang));
    put('payment', r, feeText(row.exact.payment, lang));
    put('service', r, feeText(row.exact.service, lang));
    put('withdrawal', r, feeText(row.exact.withdrawal, lang));
    put('net', r, feeText(row.exact.net, lang));

    const byCol = new Map<number, Finding[]>();
    for (const f of row.findings) {
      if (f.severity === 'info' || f.field === 'settings') continue;
      const idx = row.cells[f.field];
      const c = idx === undefined ? undefined : layout.inputCols[idx];
      if (c === undefined) continue;
      byCol.set(c, [...(byCol.get(c) ?? []), f]);
    }
    const noteRow = notes[r] as string[];
    const bgRow = bgs[r] as (string | null)[];
    for (const [c, fs] of byCol) {
      const original: Original = { note: noteRow[c] ?? '', background: bgRow[c] ?? null };
      const worst = fs.some((f) => f.severity === 'error') ? 'error' : 'warning';
      noteRow[c] = encodeNote(fs, lang, original);
      bgRow[c] = HIGHLIGHT[worst];
      markedCells++;
    }
  }

  const { noteBlock, bgBlock } = markBlocks(snap, notes, bgs);
  return {
    width: Math.max(layout.width, ...Object.values(colOf).map((c) => c + 1)),
    values: columnBlocks(colValues, height),
    notes: noteBlock,
    backgrounds: bgBlock,
    markedCells,
    resultColumns: RESULT_COLUMNS.length,
  };
}

/** Clear results: empty every add-on column, give every marked cell back its note and background. */
export function planClear(snap: Snapshot, layout: Layout): WritePlan {
  const { notes, bgs, marked } = restored(snap, layout);
  const colValues = new Map<number, string[]>();
  for (const c of layout.ownCols)
    colValues.set(
      c,
      Array.from({ length: layout.height }, () => ''),
    );
  const { noteBlock, bgBlock } = markBlocks(snap, notes, bgs);
  return {
    width: layout.width,
    values: columnBlocks(colValues, layout.height),
    notes: noteBlock,
    backgrounds: bgBlock,
    markedCells: marked,
    resultColumns: layout.ownCols.length,
  };
}
