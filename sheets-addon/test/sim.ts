/** Apply a WritePlan to an in-memory snapshot, the way Sheets would (for pure tests). */
import { type Cell, numberCell } from '@ta-toolkit/core/cells';
import type { CellWrites, Snapshot, WritePlan } from '../src/plan.ts';

const WHITE = '#ffffff';

/** A test value as the typed cell a sheet reader gives for it (numbers as plain numbers). */
export function asCell(v: unknown): Cell {
  if (typeof v === 'number') return numberCell(v);
  if (v === null || v === undefined) return '';
  return v as Cell;
}

export function blankSnapshot(values: unknown[][]): Snapshot {
  return {
    values: values.map((r) => r.map(asCell)),
    notes: values.map((r) => r.map(() => '')),
    backgrounds: values.map((r) => r.map(() => WHITE)),
  };
}

function ensure(s: Snapshot, rows: number, cols: number) {
  while (s.values.length < rows) {
    s.values.push([]);
    s.notes.push([]);
    s.backgrounds.push([]);
  }
  for (let r = 0; r < s.values.length; r++) {
    const v = s.values[r] as Cell[];
    const n = s.notes[r] as string[];
    const b = s.backgrounds[r] as string[];
    while (v.length < cols) v.push('');
    while (n.length < cols) n.push('');
    while (b.length < cols) b.push(WHITE);
  }
}

function put<T>(grid: T[][], writes: CellWrites<T>) {
  for (const g of writes.same)
    for (const s of g.spans) for (let i = 0; i < s.height; i++) (grid[s.row + i] as T[])[s.col] = g.value;
  for (const run of writes.runs)
    for (let i = 0; i < run.values.length; i++) (grid[run.row + i] as T[])[run.col] = run.values[i] as T;
}

/** Every cell a plan writes, as "row,col" (0-based), each kind of write once per cell. */
export function writtenCells(plan: WritePlan): string[] {
  const out: string[] = [];
  for (const w of [plan.markNotes, plan.fills, plan.restoreNotes] as CellWrites<unknown>[]) {
    for (const g of w.same)
      for (const s of g.spans) for (let i = 0; i < s.height; i++) out.push(`${s.row + i},${s.col}`);
    for (const run of w.runs)
      for (let i = 0; i < run.values.length; i++) out.push(`${run.row + i},${run.col}`);
  }
  return out;
}

/** A new snapshot: `s` with the plan written, trimmed to the data range (cells holding values). */
export function applyPlan(s: Snapshot, plan: WritePlan): Snapshot {
  const out: Snapshot = {
    values: s.values.map((r) => [...r]),
    notes: s.notes.map((r) => [...r]),
    backgrounds: s.backgrounds.map((r) => [...r]),
  };
  ensure(out, s.values.length, plan.width);
  put(out.notes, plan.markNotes);
  put(out.backgrounds as (string | null)[][], plan.fills);
  for (const row of out.backgrounds) for (let c = 0; c < row.length; c++) row[c] = row[c] ?? WHITE;
  put(out.notes, plan.restoreNotes);
  for (const b of plan.results)
    for (let r = 0; r < b.values.length; r++) {
      const row = b.values[r] ?? [];
      for (let c = 0; c < row.length; c++) (out.values[b.row + r] as Cell[])[b.col + c] = asCell(row[c]);
    }
  // data range: up to the last column holding a value
  let width = 0;
  for (const row of out.values) {
    row.forEach((v, c) => {
      if (v !== '') width = Math.max(width, c + 1);
    });
  }
  return {
    values: out.values.map((r) => r.slice(0, width)),
    notes: out.notes.map((r) => r.slice(0, width)),
    backgrounds: out.backgrounds.map((r) => r.slice(0, width)),
  };
}

/** Input columns only (the first `n` columns), for "the user's cells never change". */
export function inputPart(s: Snapshot, n: number) {
  return {
    values: s.values.map((r) => r.slice(0, n)),
    notes: s.notes.map((r) => r.slice(0, n)),
    backgrounds: s.backgrounds.map((r) => r.slice(0, n)),
  };
}
