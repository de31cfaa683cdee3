/** Match receipts' pure parts: which sheets it takes, and the plan for rows that are not plain receipts. */
import { describe, expect, it } from 'vitest';
import { MARK } from '../src/marks.ts';
import { matchSheets, pickSheets } from '../src/match.ts';
import { ORDER_HEADERS } from './match-fixtures.ts';
import { applyPlan, blankSnapshot } from './sim.ts';

const RECEIPTS = ['receipt_ref', 'payer', 'amount'];
const RECEIPTS_ZH = ['流水号', '付款人', '到账金额', '附言'];
const ORDERS = ['order_ref', 'order_type', 'currency', 'advance'];

const sheet = (header: string[], active = false) => ({ rows: [header], active });

describe('pickSheets', () => {
  it('tells the receipts sheet from the orders sheet by their headers, in either language', () => {
    expect(pickSheets([sheet(ORDERS), sheet(RECEIPTS)])).toEqual({ receipts: 1, orders: 0 });
    expect(pickSheets([sheet(RECEIPTS_ZH), sheet(ORDER_HEADERS.zh)])).toEqual({ receipts: 0, orders: 1 });
  });

  it('takes the active sheet when several fit, else the first; an orders sheet with order_type first', () => {
    expect(pickSheets([sheet(RECEIPTS), sheet(RECEIPTS_ZH, true), sheet(ORDERS)])).toEqual({
      receipts: 1,
      orders: 2,
    });
    expect(pickSheets([sheet(RECEIPTS), sheet(RECEIPTS_ZH), sheet(ORDERS)]).receipts).toBe(0);
    // a sheet with only `currency` is an order sheet of sorts, but one naming order_type wins, even inactive
    expect(pickSheets([sheet(['currency', 'rate'], true), sheet(ORDERS), sheet(RECEIPTS)]).orders).toBe(1);
    expect(pickSheets([sheet(ORDERS), sheet(ORDERS, true), sheet(RECEIPTS)]).orders).toBe(1);
  });

  it('ignores the add-on’s own columns, and says null for what is missing', () => {
    const withResults = [...RECEIPTS, `${MARK} Order / 订单`, `${MARK} Status / 状态`];
    expect(pickSheets([sheet(withResults), sheet(ORDERS)])).toEqual({ receipts: 0, orders: 1 });
    expect(pickSheets([sheet(ORDERS)])).toEqual({ receipts: null, orders: 0 });
    expect(pickSheets([sheet(RECEIPTS), sheet(['name', 'phone'])])).toEqual({ receipts: 0, orders: null });
    // amount alone (no payer, date or memo) is not a receipts sheet
    expect(pickSheets([sheet(['amount', 'note'])]).receipts).toBe(null);
  });
});

describe('pickSheets with title rows above the headers', () => {
  const bank = [
    ['Statement of Account'],
    ['Account No. 0123 4567 8901', 'Currency: USD'],
    ['Period: 2026-11-01 to 2026-11-30'],
    ['Value Date', 'Remitter Name', 'Credit Amount', 'Payment Details'],
    ['2026-11-20', 'ACME TRADING CO LTD', '750', 'ORDER 311893905010267091'],
  ];
  const summary = [['2026年11月 信用保障订单汇总'], ['日期：', '2026-11-20'], ORDER_HEADERS.zh];

  it('finds a bank export’s header below its title, account and period lines, and an order summary’s', () => {
    expect(
      pickSheets([
        { rows: summary, active: false },
        { rows: bank, active: true },
      ]),
    ).toEqual({
      receipts: 1,
      orders: 0,
    });
  });

  it('looks at the first 30 rows only, as ta-check link does', () => {
    const preamble = Array.from({ length: 30 }, (_, i) => [`note ${i + 1}`]);
    const late = [...preamble, ...bank.slice(3)];
    expect(
      pickSheets([
        { rows: summary, active: false },
        { rows: late, active: true },
      ]).receipts,
    ).toBe(null);
    expect(pickSheets([{ rows: late.slice(1), active: true }]).receipts).toBe(0);
  });
});

describe('matchSheets', () => {
  const orders = blankSnapshot([ORDERS, ['PO-1', 'TA', 'USD', 500]]);

  it('reports a receipt it cannot read, and a totals row, in Why; writes no order for them', () => {
    const receipts = blankSnapshot([
      RECEIPTS,
      ['R-1', 'ACME', 'twelve dollars'],
      ['合计', '', 500],
      ['', '', ''],
      ['R-2', 'ACME', 10],
    ]);
    const result = matchSheets(orders, receipts, {}, 'en', '2026-11-20');
    const after = applyPlan(receipts, result.receipts);
    const why = after.values.map((r) => r[8]);
    expect(String(why[1]).startsWith('Not proposed: ')).toBe(true);
    expect(String(why[1])).toContain('twelve dollars');
    expect(after.values[1]?.slice(3, 8)).toEqual(['', '', '', '', '']);
    expect(why[2]).toBe('Σ totals row (not a receipt)');
    expect(why[3]).toBe(''); // a blank row is no receipt
    expect(String(why[4]).startsWith('Not proposed: ')).toBe(true); // USD 10 pays no order of USD 500
    expect(result.summary).toMatchObject({ receipts: 2, proposed: 0, unmatched: 2 });
  });

  it('leaves the receipts untouched: only the six columns to the right are written', () => {
    const receipts = blankSnapshot([RECEIPTS, ['R-1', 'ACME', 500]]);
    const after = applyPlan(receipts, matchSheets(orders, receipts, {}, 'zh', '2026-11-20').receipts);
    expect(after.values.map((r) => r.slice(0, 3))).toEqual(receipts.values);
    expect(after.values[0]).toHaveLength(3 + 6);
  });
});
