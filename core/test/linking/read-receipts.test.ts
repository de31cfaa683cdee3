import { describe, expect, it } from 'vitest';
import { dateCell } from '../../src/cells.ts';
import { overriddenReceiptHeaders, readReceipts, receivedAt } from '../../src/linking/read-receipts.ts';

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
      ['9 Nov 2026', 'ACME', '750.00', 'USD'],
      ['', 'ACME', '100.00', 'USD'],
    ]);
    expect(read.unreadable).toEqual([
      {
        row: 2,
        ref: null,
        error: true,
        why: {
          en: 'Not read: received_at "9 Nov 2026" is not a date (2026-11-09, 2026/11/09, 20261109, 2026年11月9日 or 09/11/2026, a time may follow).',
          zh: '无法读取：到账时间“9 Nov 2026”不是日期（2026-11-09、2026/11/09、20261109、2026年11月9日 或 09/11/2026，可带时间）。',
        },
      },
    ]);
    // no date at all is no evidence, not an error: the receipt is read
    expect(read.receipts.map((r) => [r.row, r.receivedAt])).toEqual([[3, null]]);
  });

  const days = (dates: string[]) =>
    readReceipts([['received_at', 'payer', 'amount'], ...dates.map((d) => [d, 'ACME', '100.00'])]);

  it('reads day and month before the year in the order one date of the column tells (a bank exports one format)', () => {
    // 13/11/2026 can only be day first: 09/11/2026 is 9 November.
    expect(days(['09/11/2026 10:15', '13/11/2026']).receipts.map((r) => r.receivedOn)).toEqual([
      '2026-11-09',
      '2026-11-13',
    ]);
    // 11/13/2026 can only be month first (a US bank): 11/09/2026 is 9 November too.
    expect(days(['11/09/2026', '11/13/2026']).receipts.map((r) => r.receivedOn)).toEqual([
      '2026-11-09',
      '2026-11-13',
    ]);
    expect(days(['09.11.2026', '25.11.2026']).receipts.map((r) => r.receivedOn)).toEqual([
      '2026-11-09',
      '2026-11-25',
    ]);
  });

  it('does not guess a day and month that no date of the column tells apart: it says so, naming the fix', () => {
    const read = days(['09/11/2026', '10/11/2026']);
    expect(read.receipts).toEqual([]);
    expect(read.unreadable[0]?.why).toEqual({
      en: 'Not read: received_at "09/11/2026" is not a date whose day and month can be told apart (no date of the column has a day after the 12th; write dates as YYYY-MM-DD).',
      zh: '无法读取：到账时间“09/11/2026”不是能分清日和月的日期（该列没有一个日期的日大于 12；请把日期写成 年-月-日，如 YYYY-MM-DD）。',
    });
    // Two dates that disagree: each is read only if it tells its own order.
    expect(days(['13/11/2026', '11/14/2026', '09/11/2026']).receipts.map((r) => r.receivedOn)).toEqual([
      '2026-11-13',
      '2026-11-14',
    ]);
    // A day that does not exist is a day of no calendar, whatever the order.
    expect(days(['31/02/2026', '13/11/2026']).unreadable[0]?.why.en).toContain(
      'is not a day of the calendar',
    );
  });

  const amounts = (cells: string[]) =>
    readReceipts([['payer', 'amount', 'memo'], ...cells.map((a) => ['ACME', a, 'x'])]);
  const minors = (cells: string[]) => amounts(cells).receipts.map((r) => r.amount.minor);

  it('reads amounts with a decimal comma, as European banks export them, when the column writes them so', () => {
    expect(minors(['1.234,56', '750,00', 'EUR 12.500,00', '1 980,40'])).toEqual([
      123_456, 75_000, 1_250_000, 198_040,
    ]);
    // One amount with a decimal point: the column is point-decimal, and 1,234 is a thousand and more.
    expect(minors(['1,234', '750.00'])).toEqual([123_400, 75_000]);
    // Near miss: no amount with two decimals after a comma, so 1.234 stays an amount with too many decimals.
    expect(amounts(['1.234', '750']).unreadable.map((u) => u.why.en)).toEqual([
      'Not read: amount "1.234" is not an amount.',
    ]);
  });

  it('lists a statement row without an amount received as not a receipt, not as an error', () => {
    const read = readReceipts([
      ['交易日期', '对方户名', '借方发生额', '贷方发生额', '摘要'],
      ['2026-11-09', 'ACME TRADING', '', '750.00', 'ORDER 31189390501026709'],
      ['2026-11-10', '手续费', '15.00', '', '汇款手续费'],
    ]);
    expect(read.receipts.map((r) => r.row)).toEqual([2]);
    expect(read.unreadable).toEqual([
      {
        row: 3,
        ref: null,
        error: false,
        why: {
          en: 'Not a receipt: no amount received in this row (a payment out, or a balance line).',
          zh: '不是收款：此行没有到账金额（付出的款项或余额行）。',
        },
      },
    ]);
    expect(amounts(['seven hundred']).unreadable[0]?.error).toBe(true);
  });

  it("reads a statement's columns as the bank splits them: both memo columns, the value date before the booking date", () => {
    const read = readReceipts([
      ['Booking Date', 'Value Date', '对方户名', '贷方发生额', '摘要', '附言', '关联金额'],
      ['2026-11-10', '2026-11-09', 'ACME', '750.00', '汇入汇款', 'ORDER 311893905010267091', ''],
    ]);
    expect(read.receipts[0]?.memo).toBe('汇入汇款\nORDER 311893905010267091');
    expect(read.receipts[0]?.receivedOn).toBe('2026-11-09');
    expect(read.columns.link_amount).toBe(6);
    expect(overriddenReceiptHeaders(['Booking Date', 'Value Date', 'amount', 'Posting Date'])).toEqual([
      { header: 'Booking Date', read: 'Value Date' },
      { header: 'Posting Date', read: 'Value Date' },
    ]);
    // A US statement's Posting Date alone is the date; a signed amount's debit is money out, not an error.
    const us = readReceipts([
      ['Posting Date', 'Description', 'Amount'],
      ['2026-11-09', 'WIRE FROM ACME ORDER 311893905010267091', '$750.00'],
      ['2026-11-10', 'WIRE FEE', '-$15.00'],
    ]);
    expect(us.receipts.map((r) => r.receivedOn)).toEqual(['2026-11-09']);
    expect(us.unreadable.map((u) => [u.row, u.error, u.why.en])).toEqual([
      [3, false, 'Not a receipt: no amount received in this row (a payment out, or a balance line).'],
    ]);
  });

  it('names the column as the sheet names it when it cannot read a cell', () => {
    const read = readReceipts([
      ['Value Date', 'Remitter Name', 'Credit Amount'],
      ['05/11/2026', 'ACME', 'seven'],
    ]);
    expect(read.unreadable[0]?.why).toEqual({
      en: 'Not read: Credit Amount "seven" is not an amount.',
      zh: '无法读取：到账金额“seven”不是金额。',
    });
  });

  it('flags the dates a spreadsheet converted in a column whose text dates are day first (09/11 may be 11 September)', () => {
    const read = readReceipts([
      ['Value Date', 'Remitter Name', 'Credit Amount'],
      [dateCell('2026-09-11'), 'ACME', '750.00'],
      ['14/11/2026', 'ACME', '100.00'],
      [dateCell('2026-11-20'), 'ACME', '100.00'],
    ]);
    expect(read.convertedDates).toEqual([2]);
    // Near miss: converted dates alone (no text telling day first) are the spreadsheet's, nothing to doubt.
    expect(
      readReceipts([
        ['Value Date', 'amount'],
        [dateCell('2026-09-11'), '750.00'],
      ]).convertedDates,
    ).toEqual([]);
  });

  it("reads amounts in the currency a statement's title rows name when it has no currency column", () => {
    const statement = (title: string, header: string[], row: string[]) =>
      readReceipts([[title], header, row], 1);
    const cny = statement(
      '账号：6216 6101 2345（人民币）',
      ['交易日期', '对方户名', '贷方发生额'],
      ['2026-11-09', 'ACME', '4800.00'],
    );
    expect(cny.titleCurrency).toBe('CNY');
    expect(cny.receipts[0]?.amount).toEqual({ minor: 480_000, currency: 'CNY' });
    // Near misses: a currency column decides; a title naming two currencies names none (USD, as without one).
    const column = statement(
      'Account 1234 (CNY)',
      ['received_at', 'amount', 'currency'],
      ['2026-11-09', '750.00', 'USD'],
    );
    expect([column.titleCurrency, column.receipts[0]?.amount.currency]).toEqual([null, 'USD']);
    const both = statement('USD/CNY rate 7.10', ['received_at', 'amount'], ['2026-11-09', '750.00']);
    expect([both.titleCurrency, both.receipts[0]?.amount.currency]).toEqual([null, 'USD']);
  });
});
