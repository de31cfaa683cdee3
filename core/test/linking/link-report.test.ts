import { describe, expect, it } from 'vitest';
import { numberCell } from '../../src/cells.ts';
import { linkSheets } from '../../src/sheet/link-report.ts';

const HEADER = [
  'order_ref',
  'order_type',
  'currency',
  'order_total',
  'advance',
  'buyer_name',
  'confirmed_on',
];
const RECEIPTS = [
  ['received_at', 'payer', 'amount', 'memo'],
  ['2026-11-09', 'ACME TRADING CO LTD', '750.00', 'ORDER 308901234567890123'],
];

describe('linkSheets', () => {
  it('names an order whose number the spreadsheet rounded by its row, and matches no memo against it', () => {
    // 308901234567890123 typed into a number cell keeps 15 digits: 308901234567890000, an order that does not exist.
    const rounded = numberCell(308901234567890000, 'general', { imprecise: true });
    const orders = [
      HEADER,
      [rounded, 'TA', 'USD', '2500.00', '750.00', 'Acme Trading Co. Ltd.', '2026-11-06'],
    ];
    const { json } = linkSheets(orders, RECEIPTS, {}, '2026-11-20');
    const refs = [...json.proposals, ...json.unmatched.flatMap((u) => u.candidates)].flatMap((r) =>
      r.links.map((l) => l.order),
    );
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((o) => o.ref === null && o.row === 2)).toBe(true);
    expect(json.orders[0]?.findings.map((f) => f.rule)).toContain('sheet/number-precision');
    // Near miss: the same number typed as text is the order's number.
    const typed = [
      HEADER,
      ['308901234567890123', 'TA', 'USD', '2500.00', '750.00', 'Acme Trading Co. Ltd.', '2026-11-06'],
    ];
    expect(linkSheets(typed, RECEIPTS, {}, '2026-11-20').json.proposals[0]?.links[0]?.order).toEqual({
      row: 2,
      ref: '308901234567890123',
    });
  });
});
