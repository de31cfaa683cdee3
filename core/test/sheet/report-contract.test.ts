import { describe, expect, it } from 'vitest';
import { checkRows, matchHeaders, reportToJson } from '../../src/sheet/check-rows.ts';
import { parseCsv } from '../../src/sheet/read-file.ts';

const CSV = `order_ref,order_type,buyer_email,destination,unit_price,quantity,advance,payment_method,card_brand,export_mode,logistics,shipping_method,trade_term,shipping_address,ship_within_days
PO-1001,TA,buyer@example.com,US,25.00,100,100%,card,visa,self,platform,express,FOB,1 Market St,10

PO-1002,TA,buyer@example.com,US,25.00,100,0.50,card,visa,self,platform,express,FOB,1 Market St,10
`;

describe('the JSON report (order-sheet.md "Report")', () => {
  it('matches the documented shape to the letter', () => {
    const report = checkRows(parseCsv(CSV), {}, '2026-11-20');
    const json = JSON.parse(reportToJson(report));
    // Hand-computed: 2.95% of USD 2,500.00 = 73.75; 1% of 2,500.00 = 25.00 (platform logistics).
    expect(json.rows[0]).toEqual({
      row: 2,
      ref: 'PO-1001',
      findings: [],
      fees: {
        payment: {
          currency: 'USD',
          low: '73.75',
          high: '73.75',
          approximate: false,
          source: 'rules.md §4 card',
        },
        service: {
          currency: 'USD',
          low: '25.00',
          high: '25.00',
          approximate: false,
          source: 'rules.md §5 self',
        },
        withdrawal: null,
      },
    });
    // The blank line is sheet row 3 and is skipped; the next order keeps its own sheet row number.
    expect(json.rows[1].row).toBe(4);
    expect(json.rows[1].findings).toEqual([
      {
        rule: 'payment/advance-min',
        severity: 'error',
        field: 'advance',
        message: { en: expect.stringContaining('0.50'), zh: expect.stringContaining('0.50') },
      },
    ]);
    // Advance 0.50 and balance 2,499.50 are charged separately: 0.01475 → 0.01; 73.73525 → 73.74.
    expect(json.rows[1].fees.payment.low).toBe('73.75');
    expect(json.summary).toEqual({ rows: 2, errors: 1, warnings: 0 });
    expect(Object.keys(json)).toEqual(['rows', 'summary']);
  });
});

describe('headers', () => {
  it('match English and Chinese names, ignoring case, spaces, _ and -', () => {
    const { columns, missingRequired } = matchHeaders([
      'Order Type',
      '买家邮箱',
      'UNIT-PRICE',
      ' 预付款金额 ',
      'Salesperson',
    ]);
    expect(columns).toEqual(['order_type', 'buyer_email', 'unit_price', 'advance', null]);
    expect(missingRequired).toEqual([]);
  });

  it('say when the order type column is missing and when a column repeats', () => {
    const match = matchHeaders(['advance', '预付款']);
    expect(match.missingRequired).toEqual(['order_type']);
    expect(match.duplicates).toEqual(['advance']);
    expect(match.columns).toEqual(['advance', null]);
  });

  it('tie findings to the sheet column of their field', () => {
    const report = checkRows(
      [
        ['remark', 'order_type', 'buyer_email'],
        ['', 'TA', 'x@qq.com'],
      ],
      {},
      '2026-11-20',
    );
    const row = report.rows[0];
    expect(row?.findings.map((f) => f.field)).toEqual(['buyer_email']);
    expect(row?.cells.buyer_email).toBe(2);
  });
});
