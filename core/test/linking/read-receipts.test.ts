import { describe, expect, it } from 'vitest';
import { dateCell } from '../../src/cells.ts';
import { readReceipts, receivedAt } from '../../src/linking/read-receipts.ts';

describe('when a receipt arrived, as banks export it', () => {
  // US Pacific: 2026-11-09 00:00 PST is 08:00 UTC
  const pacificMidnight = Date.UTC(2026, 10, 9, 8);
  it.each([
    ['2026-11-09', 0],
    ['2026/11/09', 0],
    ['2026.11.09', 0],
    ['20261109', 0],
    ['2026年11月9日', 0],
    ['2026-11-09 09:12', (9 * 60 + 12) * 60_000],
    ['2026年11月9日 09:12', (9 * 60 + 12) * 60_000],
    ['2026年11月9日 9时12分', (9 * 60 + 12) * 60_000],
    ['20261109 09:12:33', ((9 * 60 + 12) * 60 + 33) * 1000],
  ])('reads %s', (text, after) => {
    expect(receivedAt(text)).toEqual({ at: pacificMidnight + after, day: '2026-11-09' });
  });

  it('reads a zone when the cell carries one, and a typed date cell', () => {
    expect(receivedAt('2026-11-09T09:12:00+08:00')?.day).toBe('2026-11-08');
    expect(receivedAt(dateCell('2026-11-09'))).toEqual({ at: pacificMidnight, day: '2026-11-09' });
  });

  it('gives a zoned time its US Pacific day across midnight and the clock changes, as Intl does', () => {
    // 2026-03-08 and 2026-11-01: the clocks change in California; 1883-11-18: Pacific time began (LMT before).
    const pacific = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' });
    for (const day of ['2026-03-07', '2026-03-08', '2026-11-01', '2026-11-02', '1883-11-18', '1883-11-19'])
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const at = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
        const text = new Date(at).toISOString().replace('.000Z', 'Z');
        expect(receivedAt(text), text).toEqual({ at, day: pacific.format(at) });
      }
  });

  it('reports a receipt whose date it cannot read, quoting it, instead of putting it out of its turn', () => {
    const read = readReceipts([
      ['received_at', 'payer', 'amount', 'currency'],
      ['09/11/2026', 'ACME', '750.00', 'USD'],
      ['', 'ACME', '100.00', 'USD'],
    ]);
    expect(read.unreadable).toEqual([
      {
        row: 2,
        ref: null,
        why: {
          en: 'Not read: received_at "09/11/2026" is not a date (2026-11-09, 2026/11/09, 20261109 or 2026年11月9日, a time may follow).',
          zh: '无法读取：到账时间“09/11/2026”不是日期（2026-11-09、2026/11/09、20261109 或 2026年11月9日，可带时间）。',
        },
      },
    ]);
    // no date at all is no evidence, not an error: the receipt is read
    expect(read.receipts.map((r) => [r.row, r.receivedAt])).toEqual([[3, null]]);
  });
});
