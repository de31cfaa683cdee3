/** Apply a WritePlan to an in-memory snapshot, the way Sheets would (for pure tests). */
import type { Block, Snapshot, WritePlan } from '../src/plan.ts';

const WHITE = '#ffffff';

export function blankSnapshot(values: unknown[][]): Snapshot {
  return {
    values: values.map((r) => [...r]),
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
    const v = s.values[r] as unknown[];
    const n = s.notes[r] as string[];
    const b = s.backgrounds[r] as string[];
    while (v.length < cols) v.push('');
    while (n.length < cols) n.push('');
    while (b.length < cols) b.push(WHITE);
  }
}

function put<T>(grid: T[][], b: Block<T>, map: (v: T) => T = (v) => v) {
  b.values.forEach((row, r) => {
    row.forEach((v, c) => {
      (grid[b.row + r] as T[])[b.col + c] = map(v);
    });
  });
}

/** A new snapshot: `s` with the plan written, trimmed to the data range (cells holding values). */
export function applyPlan(s: Snapshot, plan: WritePlan): Snapshot {
  const out: Snapshot = {
    values: s.values.map((r) => [...r]),
    notes: s.notes.map((r) => [...r]),
    backgrounds: s.backgrounds.map((r) => [...r]),
  };
  ensure(out, s.values.length, plan.width);
  for (const b of plan.values) put(out.values, b);
  if (plan.notes) put(out.notes, plan.notes);
  if (plan.backgrounds) put(out.backgrounds as (string | null)[][], plan.backgrounds, (v) => v ?? WHITE);
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
