import { describe, expect, it } from 'vitest';
import { checkRows } from '../../src/sheet/check-rows.ts';
import type { Settings } from '../../src/types.ts';

/**
 * payment/monthly-limit across rows (rules.md §4: "the month's Boleto payments of one buyer above it, when
 * the sheet shows them"): the sheet shows them with buyer_email and order_date.
 */
const HEADER = [
  'order_type',
  'buyer_email',
  'order_date',
  'currency',
  'unit_price',
  'quantity',
  'advance',
  'payment_method',
];
const order = (
  email: string,
  date: string,
  amount: string,
  method = 'boleto',
  currency = 'USD',
): string[] => ['TA', email, date, currency, amount, '1', '100%', method];
const rulesByRow = (rows: string[][], settings: Settings = {}) =>
  checkRows([HEADER, ...rows], settings, '2026-11-20').rows.map((r) =>
    r.findings.filter((f) => f.rule === 'payment/monthly-limit').map((f) => f.field),
  );

describe('Boleto payments of one buyer in one month', () => {
  it('warns on each row when together they pass USD 3,000', () => {
    const rows = [
      order('ana@example.com.br', '2026-11-03', '2000.00'),
      order('ANA@example.com.br', '2026/11/28', '1000.01'),
    ];
    expect(rulesByRow(rows)).toEqual([['payment_method'], ['payment_method']]);
    const report = checkRows([HEADER, ...rows], {}, '2026-11-20');
    expect(report.summary.warnings).toBe(2);
    expect(report.rows[0]?.findings[0]?.message.en).toContain('rows 2, 3: USD 3,000.01');
    expect(report.rows[0]?.findings[0]?.message.zh).toContain('第 2, 3 行');
  });

  it('stays silent at exactly USD 3,000, across months, across buyers and for other methods', () => {
    expect(
      rulesByRow([
        order('a@example.com', '2026-11-03', '2000.00'),
        order('a@example.com', '2026-11-28', '1000.00'),
      ]),
    ).toEqual([[], []]);
    expect(
      rulesByRow([
        order('a@example.com', '2026-10-31', '2000.00'),
        order('a@example.com', '2026-11-01', '2000.00'),
      ]),
    ).toEqual([[], []]);
    expect(
      rulesByRow([
        order('a@example.com', '2026-11-03', '2000.00'),
        order('b@example.com', '2026-11-03', '2000.00'),
      ]),
    ).toEqual([[], []]);
    expect(
      rulesByRow([
        order('a@example.com', '2026-11-03', '2000.00'),
        order('a@example.com', '2026-11-04', '2000.00', 'card'),
      ]),
    ).toEqual([[], []]);
  });

  it('converts CNY orders at the user rate, and says nothing it cannot compare', () => {
    const rows = [
      order('a@example.com', '2026-11-03', '2000.00'),
      order('a@example.com', '2026-11-05', '7100.01', 'boleto', 'CNY'),
    ];
    expect(rulesByRow(rows, { usdCny: '7.1' })).toEqual([['payment_method'], ['payment_method']]);
    const exactly = [
      order('a@example.com', '2026-11-03', '2000.00'),
      order('a@example.com', '2026-11-05', '7100.00', 'boleto', 'CNY'),
    ];
    expect(rulesByRow(exactly, { usdCny: '7.1' })).toEqual([[], []]);
    expect(rulesByRow(rows, {})).toEqual([[], []]);
  });

  it('does not repeat a row that is already over the limit on its own', () => {
    const rows = [
      order('a@example.com', '2026-11-03', '3500.00'),
      order('a@example.com', '2026-11-04', '100.00'),
    ];
    expect(rulesByRow(rows)).toEqual([['advance'], ['payment_method']]);
  });
});
