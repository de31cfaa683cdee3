import { describe, expect, it } from 'vitest';
import { a1, columnLetters, contains, intersects, parseA1 } from '../src/a1.ts';

describe('A1 notation', () => {
  it('names cells and rectangles', () => {
    expect(a1(0, 0)).toBe('A1');
    expect(a1(1, 2, 3, 2)).toBe('C2:D4');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(702)).toBe('AAA');
  });
  it('reads back every form a protected range comes as', () => {
    expect(parseA1('C2:D4')).toEqual({ r0: 1, c0: 2, rows: 3, cols: 2 });
    expect(parseA1("'Orders 2026'!$B$7")).toEqual({ r0: 6, c0: 1, rows: 1, cols: 1 });
    expect(parseA1('B:D', 1000)).toEqual({ r0: 0, c0: 1, rows: 1000, cols: 3 });
    expect(parseA1('C2:C', 1000)).toEqual({ r0: 1, c0: 2, rows: 999, cols: 1 });
    const rows = parseA1('3:5');
    expect(rows).toMatchObject({ r0: 2, c0: 0, rows: 3 });
    expect(intersects(rows as NonNullable<typeof rows>, { r0: 3, c0: 40, rows: 1, cols: 1 })).toBe(true);
    expect(parseA1('not a range')).toBeNull();
  });
  it('tells overlapping and enclosed rectangles apart', () => {
    const box = { r0: 1, c0: 1, rows: 3, cols: 3 };
    expect(intersects(box, { r0: 3, c0: 3, rows: 2, cols: 2 })).toBe(true);
    expect(intersects(box, { r0: 4, c0: 1, rows: 1, cols: 1 })).toBe(false);
    expect(contains(box, { r0: 2, c0: 2, rows: 2, cols: 2 })).toBe(true);
    expect(contains(box, { r0: 3, c0: 3, rows: 2, cols: 1 })).toBe(false);
  });
});
