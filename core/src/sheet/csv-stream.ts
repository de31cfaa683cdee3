/**
 * CSV text → records, fed in chunks, with damage contained. RFC 4180 with Excel's leniency, plus one bound:
 * a quoted field may span lines (a remark with line breaks), but a quote that opens a field and does not close
 * cleanly within MAX_QUOTED_LINES lines or MAX_QUOTED_CHARS characters is a stray quote. That record is then
 * read from its opening line alone, with the stray quote kept as a plain character, and flagged `quote-damage`;
 * reading resumes at the next line. So one `"` can neither swallow the rest of the file nor the memory, and no
 * row disappears.
 *
 * Why not papaparse: it has no way to bound a quoted field and resume at the line after it, which is the
 * behaviour the report needs; lines without a quote (nearly all of them) take a `split` fast path instead.
 */

export const MAX_QUOTED_LINES = 100;
export const MAX_QUOTED_CHARS = 64 * 1024;

export interface CsvRecord {
  /** The 1-based sheet row (records counted as a spreadsheet counts them: a quoted line break stays in its row). */
  row: number;
  cells: string[];
  /** A quote opened a field here and never closed: the cells are this row's line read with the quote as text. */
  damage?: 'quote';
}

/** Outcome of reading one record from a position: its cells and where the next one starts, or why not. */
type Attempt = { cells: string[]; next: number; multiline: boolean } | 'need-more' | 'damage';

export class CsvSplitter {
  private buffer = '';
  private row = 0;

  /**
   * @param width the header's cell count, once known: a record that spans lines must have exactly as many
   *   cells (spreadsheets write every row full width), and no line inside it may look like a whole record —
   *   otherwise its opening quote was stray and would swallow the rows after it.
   */
  constructor(
    private readonly delimiter: string,
    private readonly width = 0,
  ) {}

  /** Adds decoded text; complete records are appended to `out`. */
  push(text: string, out: CsvRecord[]): void {
    this.buffer = this.buffer.length ? this.buffer + text : text;
    this.drain(false, out);
  }

  /** The end of the input: the last records, even without a final line break. */
  end(out: CsvRecord[]): void {
    this.drain(true, out);
    this.buffer = '';
  }

  private drain(final: boolean, out: CsvRecord[]): void {
    const text = this.buffer;
    const delimiter = this.delimiter;
    let pos = 0;
    let quote = -1;
    while (pos < text.length) {
      const newline = text.indexOf('\n', pos);
      if (newline < 0 && !final) break;
      const lineEnd = newline < 0 ? text.length : newline;
      const next = newline < 0 ? text.length : newline + 1;
      const contentEnd = lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      // The next quote is looked up once, not per line: a file with one late quote stays linear.
      if (quote < pos) {
        const found = text.indexOf('"', pos);
        quote = found < 0 ? Number.POSITIVE_INFINITY : found;
      }
      if (quote >= lineEnd) {
        out.push({ row: ++this.row, cells: text.slice(pos, contentEnd).split(delimiter) });
        pos = next;
        continue;
      }
      const attempt = readRecord(text, pos, delimiter, final);
      if (attempt === 'need-more') break;
      if (attempt === 'damage' || (attempt.multiline && this.swallowsRows(attempt.cells))) {
        out.push({
          row: ++this.row,
          cells: readLineLeniently(text, pos, contentEnd, delimiter),
          damage: 'quote',
        });
        pos = next;
      } else {
        out.push({ row: ++this.row, cells: attempt.cells });
        pos = attempt.next;
      }
    }
    this.buffer = pos >= text.length ? '' : text.slice(pos);
  }

  private swallowsRows(cells: readonly string[]): boolean {
    if (this.width === 0) return false;
    if (cells.length !== this.width) return true;
    if (this.width < 3) return false;
    for (const cell of cells) {
      const lines = cell.split('\n');
      for (let i = 1; i < lines.length; i++) {
        if ((lines[i] as string).split(this.delimiter).length >= this.width) return true;
      }
    }
    return false;
  }
}

/** Index of the first delimiter, `\n` or `\r` at or after `from`, or text.length. */
function fieldEnd(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === delimiter || ch === '\n' || ch === '\r') return i;
  }
  return text.length;
}

/**
 * One record starting at `start`, quoted fields and all. `need-more`: the text ends inside the record and more
 * may come. `damage`: a quoted field that does not close cleanly within the bounds.
 */
function readRecord(text: string, start: number, delimiter: string, final: boolean): Attempt {
  const cells: string[] = [];
  let multiline = false;
  let i = start;
  for (;;) {
    let value: string;
    if (text[i] === '"') {
      const open = i;
      let lines = 0;
      let content = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        const scanEnd = close < 0 ? text.length : close;
        for (let k = text.indexOf('\n', i); k >= 0 && k < scanEnd; k = text.indexOf('\n', k + 1)) lines++;
        if (lines > MAX_QUOTED_LINES || scanEnd - open > MAX_QUOTED_CHARS) return 'damage';
        if (close < 0) return final ? 'damage' : 'need-more';
        if (close + 1 >= text.length && !final) return 'need-more';
        if (text[close + 1] === '"') {
          content += text.slice(i, close + 1);
          i = close + 2;
          continue;
        }
        content += text.slice(i, close);
        i = close + 1;
        break;
      }
      const end = fieldEnd(text, i, delimiter);
      if (lines > 0) multiline = true;
      if (end === i) value = content;
      // A field that spanned lines must close cleanly: `"…"x` there means the quote was stray.
      else if (lines > 0) return 'damage';
      // `"Urgent" - ship by 12" box` on one line: kept exactly as typed.
      else value = text.slice(open, end);
      i = end;
    } else {
      const end = fieldEnd(text, i, delimiter);
      value = text.slice(i, end);
      i = end;
    }
    cells.push(value);
    if (i >= text.length) return final ? { cells, next: i, multiline } : 'need-more';
    const ch = text[i];
    if (ch === delimiter) {
      i++;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') return { cells, next: i + 2, multiline };
    if (ch === '\r' && i + 1 >= text.length && !final) return 'need-more';
    return { cells, next: i + 1, multiline };
  }
}

/** The cells of one line on its own, a quote that does not close on it read as a plain character. */
function readLineLeniently(text: string, start: number, end: number, delimiter: string): string[] {
  const line = text.slice(start, end);
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    const quotedEnd = line[i] === '"' ? quotedFieldEnd(line, i, delimiter) : null;
    if (quotedEnd !== null) {
      // A quoted field that closes on this line is read as quoted; only the stray quote is plain text.
      const field = readRecord(line.slice(i, quotedEnd), 0, delimiter, true);
      cells.push(typeof field === 'string' ? line.slice(i, quotedEnd) : (field.cells[0] as string));
      if (quotedEnd >= line.length) return cells;
      i = quotedEnd + 1;
      continue;
    }
    const next = line.indexOf(delimiter, i);
    cells.push(line.slice(i, next < 0 ? line.length : next));
    if (next < 0) return cells;
    i = next + 1;
  }
}

/** Where a quoted field opening at `open` ends on this line (at its delimiter or the line's end), or null. */
function quotedFieldEnd(line: string, open: number, delimiter: string): number | null {
  let i = open + 1;
  for (;;) {
    const close = line.indexOf('"', i);
    if (close < 0) return null;
    if (line[close + 1] === '"') {
      i = close + 2;
      continue;
    }
    return fieldEnd(line, close + 1, delimiter);
  }
}
