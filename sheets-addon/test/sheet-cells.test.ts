import { describe, expect, it } from 'vitest';
import { DateReader, formatKind, sheetCell, sheetCells } from '../src/sheet-cells.ts';
import { AUTOMATIC, display, typed, zonedDate } from './typed-input.ts';

const LA = 'America/Los_Angeles';
const dates = new DateReader(LA);

/** A string typed into the fake sheet, read back the way the add-on reads it. */
function roundTrip(text: string, timeZone = LA) {
  const t = typed(text, timeZone);
  return sheetCell(t.value, t.format, display(t.value, t.format, timeZone), new DateReader(timeZone));
}

describe('number formats', () => {
  it.each([
    ['0%', { format: 'percent' }],
    ['0.00%', { format: 'percent' }],
    ['"$"#,##0.00', { format: 'currency', currency: 'USD' }],
    ['[$$-409]#,##0.00', { format: 'currency', currency: 'USD' }],
    ['[$USD] #,##0.00', { format: 'currency', currency: 'USD' }],
    ['"≈ "[$CNY] #,##0.00', { format: 'currency', currency: 'CNY' }],
    ['[$¥-804]#,##0', { format: 'currency', currency: 'CNY' }],
    ['[$€]#,##0.00', { format: 'currency', currency: 'EUR' }],
    ['"USD "#,##0.00', { format: 'currency', currency: 'USD' }],
    ['#,##0.00;(#,##0.00)', { format: 'general' }],
    ['"50%"0', { format: 'general' }],
    [AUTOMATIC, { format: 'general' }],
    ['', { format: 'general' }],
  ])('%s', (f, kind) => {
    expect(formatKind(f)).toEqual(kind);
  });
});

describe('what the user typed is what core gets', () => {
  it('a percentage is a percent number cell (Sheets stores 30% as 0.3)', () => {
    expect(typed('30%', LA)).toEqual({ value: 0.3, format: '0%' });
    expect(roundTrip('30%')).toEqual({ kind: 'number', value: 0.3, format: 'percent', display: '30%' });
    expect(roundTrip('100%')).toEqual({ kind: 'number', value: 1, format: 'percent', display: '100%' });
    expect(roundTrip('12.5%')).toMatchObject({ value: 0.125, format: 'percent', display: '12.50%' });
  });
  it('a dollar amount is a USD currency cell; grouped and plain numbers are plain', () => {
    expect(roundTrip('$2,500.00')).toEqual({
      kind: 'number',
      value: 2500,
      format: 'currency',
      currency: 'USD',
      display: '$2,500.00',
    });
    expect(roundTrip('1,200.50')).toEqual({
      kind: 'number',
      value: 1200.5,
      format: 'general',
      display: '1,200.50',
    });
    expect(roundTrip('0.3')).toEqual({ kind: 'number', value: 0.3, format: 'general', display: '0.3' });
  });
  it('a date is the calendar day in the spreadsheet time zone', () => {
    expect(roundTrip('2026-12-20')).toEqual({ kind: 'date', date: '2026-12-20', display: '2026-12-20' });
    expect(roundTrip('12/20/2026', 'Asia/Shanghai')).toEqual({
      kind: 'date',
      date: '2026-12-20',
      display: '12/20/2026',
    });
    // 2026-12-01 00:00 in Shanghai is still Nov 30 in UTC: read in the sheet's zone, not UTC
    expect(new DateReader('Asia/Shanghai').read(new Date('2026-11-30T16:00:00Z'))).toEqual({
      date: '2026-12-01',
    });
    expect(dates.read(zonedDate(2026, 3, 8, LA, 14, 30, 0))).toEqual({
      date: '2026-03-08',
      time: '14:30:00',
    });
  });
  it('errors, booleans and text', () => {
    expect(roundTrip('#N/A')).toEqual({ kind: 'error', code: '#N/A' });
    expect(roundTrip('TRUE')).toEqual({ kind: 'boolean', value: true });
    expect(roundTrip("'30%")).toBe('30%');
    expect(roundTrip('USD 100')).toBe('USD 100');
    expect(roundTrip('')).toBe('');
  });
  it('an invalid date or an unknown time zone never throws', () => {
    expect(sheetCell(new Date(Number.NaN), 'yyyy-mm-dd', 'bad', dates)).toBe('bad');
    expect(new DateReader('Mars/Olympus').read(new Date('2026-01-01T00:00:00Z'))).toEqual({
      date: '2026-01-01',
    });
  });
  it('reads a block, cell by cell, with its formats and display text', () => {
    const t = typed('2026-12-20', LA);
    expect(
      sheetCells([['TA', 0.3, t.value]], [[AUTOMATIC, '0%', t.format]], [['TA', '30%', '2026-12-20']], dates),
    ).toEqual([
      [
        'TA',
        { kind: 'number', value: 0.3, format: 'percent', display: '30%' },
        { kind: 'date', date: '2026-12-20', display: '2026-12-20' },
      ],
    ]);
  });
});
