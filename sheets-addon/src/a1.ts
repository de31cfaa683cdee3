/** A1 notation for 0-based cells and rectangles, and back (protected ranges come as A1 text). */

export interface Rect {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

export function columnLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(row: number, col: number, rows = 1, cols = 1): string {
  const tl = `${columnLetters(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? tl : `${tl}:${columnLetters(col + cols - 1)}${row + rows}`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Columns a whole-row range ('3:5') spans: as many as a sheet may have. */
const ALL_COLUMNS = 18_278;

/**
 * 'B7', 'B7:D9', whole columns 'B:D', open-ended 'B2:B' (to `maxRows`) and whole rows '3:5'; an optional
 * 'Sheet'! prefix is ignored. null for anything else.
 */
export function parseA1(text: string, maxRows = 1_000_000): Rect | null {
  const rowsOnly = /^(?:.*!)?\$?(\d+):\$?(\d+)$/.exec(text);
  if (rowsOnly) {
    const r0 = Number(rowsOnly[1]) - 1;
    return { r0, c0: 0, rows: Number(rowsOnly[2]) - r0, cols: ALL_COLUMNS };
  }
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d*)(?::\$?([A-Z]+)\$?(\d*))?$/.exec(text.toUpperCase());
  if (!m) return null;
  const c0 = columnIndex(m[1] as string);
  const c1 = m[3] ? columnIndex(m[3]) : c0;
  const r0 = m[2] ? Number(m[2]) - 1 : 0;
  const r1 = m[4] ? Number(m[4]) - 1 : m[3] ? maxRows - 1 : r0;
  if (!m[2] && !m[3]) return null;
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.r0 >= outer.r0 &&
    inner.c0 >= outer.c0 &&
    inner.r0 + inner.rows <= outer.r0 + outer.rows &&
    inner.c0 + inner.cols <= outer.c0 + outer.cols
  );
}
