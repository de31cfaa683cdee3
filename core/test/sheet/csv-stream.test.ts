import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvRecord, CsvSplitter, MAX_QUOTED_LINES } from '../../src/sheet/csv-stream.ts';

function split(text: string, delimiter = ',', chunk = text.length || 1, width = 0): CsvRecord[] {
  const splitter = new CsvSplitter(delimiter, width);
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) splitter.push(text.slice(i, i + chunk), out);
  splitter.end(out);
  return out;
}

describe('CsvSplitter', () => {
  it('splits plain and quoted fields, CRLF, a quoted line break staying in its row', () => {
    expect(split('a,b\r\n"x, y","line1\nline2"\r\n1,"say ""hi"""\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x, y', 'line1\nline2'] },
      { row: 3, cells: ['1', 'say "hi"'] },
    ]);
  });

  it('keeps blank lines as rows and reads a last line without a line break', () => {
    expect(split('a\n\nb')).toEqual([
      { row: 1, cells: ['a'] },
      { row: 2, cells: [''] },
      { row: 3, cells: ['b'] },
    ]);
  });

  it('keeps a remark with quotes inside exactly as typed', () => {
    const records = split('ref,remark,type\nPO-1,"Urgent" - ship by 12" box,TA\nPO-2,ok,DPO\n');
    expect(records.map((r) => r.cells)).toEqual([
      ['ref', 'remark', 'type'],
      ['PO-1', '"Urgent" - ship by 12" box', 'TA'],
      ['PO-2', 'ok', 'DPO'],
    ]);
    expect(records.some((r) => r.damage)).toBe(false);
  });

  it('a quote that never closes damages only its own row; reading resumes at the next line', () => {
    const text = 'ref,remark,type\nPO-1,"Urgent - ship by 12 box,TA\nPO-2,ok,DPO\nPO-3,"fine",TA\n';
    expect(split(text)).toEqual([
      { row: 1, cells: ['ref', 'remark', 'type'] },
      { row: 2, cells: ['PO-1', '"Urgent - ship by 12 box', 'TA'], damage: 'quote' },
      { row: 3, cells: ['PO-2', 'ok', 'DPO'] },
      { row: 4, cells: ['PO-3', 'fine', 'TA'] },
    ]);
  });

  it('a stray quote closed by a later `12"` in the same column does not swallow the rows between', () => {
    const text = 'ref,type,remark\nR-1,TA,"Urgent\nR-2,TA,ok\nR-3,TA,box 12"\nR-4,TA,fine\n';
    // Without the header's width the quoted field closes "cleanly" at 12" and takes R-2 and R-3 with it...
    expect(split(text).map((r) => r.cells[0])).toEqual(['ref', 'R-1', 'R-4']);
    // ...with it, the rows inside look like whole records: the quote was stray.
    expect(split(text, ',', text.length, 3)).toEqual([
      { row: 1, cells: ['ref', 'type', 'remark'] },
      { row: 2, cells: ['R-1', 'TA', '"Urgent'], damage: 'quote' },
      { row: 3, cells: ['R-2', 'TA', 'ok'] },
      { row: 4, cells: ['R-3', 'TA', 'box 12"'] },
      { row: 5, cells: ['R-4', 'TA', 'fine'] },
    ]);
  });

  it('a remark with line breaks, written by a spreadsheet, stays one row under the width check', () => {
    const text = 'ref,type,remark\nR-1,TA,"line one\nline two, with a comma"\nR-2,TA,x\n';
    expect(split(text, ',', text.length, 3).map((r) => [r.row, r.cells[2], r.damage ?? null])).toEqual([
      [1, 'remark', null],
      [2, 'line one\nline two, with a comma', null],
      [3, 'x', null],
    ]);
  });

  it('bounds a quoted field: past the line limit the quote is stray even if a clean close comes later', () => {
    const filler = Array.from({ length: MAX_QUOTED_LINES + 5 }, (_, i) => `PO-${i}`).join('\n');
    const records = split(`a,b\n1,"open\n${filler}\nend",x\n`);
    expect(records[1]).toEqual({ row: 2, cells: ['1', '"open'], damage: 'quote' });
    expect(records[2]).toEqual({ row: 3, cells: ['PO-0'] });
    expect(records).toHaveLength(2 + MAX_QUOTED_LINES + 5 + 1);
  });

  it('splits on the given delimiter (semicolon, tab)', () => {
    expect(split('a;b\n1,5;"x;y"\n', ';').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1,5', 'x;y'],
    ]);
    expect(split('a\tb\n1\t2\n', '\t').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('gives the same records however the text is cut into chunks', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', '中'), maxLength: 6 }),
      fc.constant('"q ""x"" y"'),
    );
    const text = fc
      .array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 8 })
      .map((rows) => rows.map((r) => r.join(',')).join('\n'));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 7 }), (t, chunk) => {
        expect(split(t, ',', chunk)).toEqual(split(t));
      }),
    );
  });

  it('every line is in exactly one record: rows are numbered without gaps, whatever the damage', () => {
    const line = fc.string({ unit: fc.constantFrom('a', ',', '"', 'x'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        const records = split(`${lines.join('\n')}\n`);
        expect(records.map((r) => r.row)).toEqual(records.map((_, i) => i + 1));
        // Records never outnumber lines, and a record spans lines only through a clean quoted field.
        expect(records.length).toBeLessThanOrEqual(lines.length);
        const joinedLines = records.reduce((n, r) => n + 1 + r.cells.join('').split('\n').length - 1, 0);
        expect(joinedLines).toBe(lines.length);
      }),
    );
  });
});
