/**
 * Match receipts through dist/Code.js and the fake Apps Script: a workbook with an orders sheet and a receipts
 * sheet (match-fixtures.ts). Expected values are worked out by hand from the fixture rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT, MARK } from '../src/marks.ts';
import { build, DIST } from './built.ts';
import { createFakeGas, type FakeGas, type FakeSheet, loadCode } from './fake-gas.ts';
import {
  FORMULA_AMOUNT,
  type HeaderLang,
  MATCH_HEADERS,
  ORDER_HEADERS,
  orderRow,
  ordersRows,
  pacificDay,
  REF,
  receiptsRows,
  STATUS,
} from './match-fixtures.ts';

let code = '';
beforeAll(() => {
  code = build().code;
}, 120_000);

type Fn = (...a: unknown[]) => unknown;

/** Orders sheet: 15 input columns (A–O). Receipts sheet: 7 input columns (A–G). */
const ORDER_COLS = 15;
const RECEIPT_COLS = 7;
const ORDER_ROWS = 9;
const RECEIPT_ROWS = 7;
const USD = '[$USD] #,##0.00';

function workbook(opts: { locale: string; headers: HeaderLang; active: 'orders' | 'receipts' }) {
  const gas = createFakeGas({ distDir: DIST, locale: opts.locale });
  const ctx = loadCode(code, gas);
  const call = (name: string) => (ctx[name] as Fn)();
  const orders = gas.active;
  orders.name = opts.headers === 'zh' ? '订单' : 'Orders';
  orders.type(ordersRows(opts.headers));
  const receipts = gas.services.SpreadsheetApp.getActive().insertSheet(
    opts.headers === 'zh' ? '收款' : 'Receipts',
  ) as FakeSheet;
  receipts.type(receiptsRows(opts.headers));
  // R-6's amount as a formula such as =A1*B1 leaves it: a float a hair below 864.19 (a sparse row keeps the rest).
  const row7: unknown[] = [];
  row7[3] = FORMULA_AMOUNT;
  const rows: unknown[][] = [];
  rows[6] = row7;
  receipts.load(rows as never);
  // A note and a fill the user put on R-1's payer cell, which the payer-mismatch warning will mark.
  receipts.cell(1, 2).note = 'ask the bank';
  receipts.cell(1, 2).bg = '#00ff00';
  gas.setActive(opts.active === 'orders' ? orders : receipts);
  gas.calls.reset();
  return { gas, call, orders, receipts };
}

/** Everything the user can see of a sheet (values, formats, notes, fills) over rows × cols. */
function state(sheet: FakeSheet, rows: number, cols: number) {
  const g = sheet.grid(rows, cols);
  return { values: g.values, formats: g.formats, notes: g.notes, bgs: g.bgs };
}

/** The six result columns of sheet row `row` (1-based), right of the `inputs` input columns (H–M by default). */
function results(sheet: FakeSheet, row: number, inputs = RECEIPT_COLS) {
  return Array.from({ length: 6 }, (_, i) => sheet.peek(row - 1, inputs + i));
}

const PART = { en: 'advance', zh: '预付款' } as const;

describe.each([
  { locale: 'en_US', headers: 'en', lang: 'en', active: 'orders' },
  { locale: 'zh_CN', headers: 'zh', lang: 'zh', active: 'receipts' },
] as const)('Match receipts ($headers headers, $locale user, $active sheet active)', (c) => {
  it('writes each proposal beside its receipt: order, part, amount, shortfall, confidence, why', () => {
    const { call, receipts } = workbook(c);
    call('matchReceipts');
    const header = results(receipts, 1).map((x) => x.v);
    expect(header).toEqual(MATCH_HEADERS);
    // [row, order, amount, shortfall]: R-1 exact, R-2 and R-3 short by bank charges, R-6 a formula's amount.
    const proposed: [number, string, number, number][] = [
      [2, REF.acme, 750, 0],
      [3, REF.bright, 2300, 25],
      [4, REF.kestrel, 1170, 30],
      [7, REF.lumen, 864.19, 0],
    ];
    for (const [row, order, amount, shortfall] of proposed) {
      const [o, part, amt, short, confidence, why] = results(receipts, row);
      expect(o?.v, `row ${row}`).toBe(order);
      expect(o?.fmt).toBe('@'); // text: an 18-digit order number stays exact
      expect(part?.v).toBe(PART[c.lang]);
      expect(amt?.v).toBe(amount);
      expect(amt?.fmt).toBe(USD);
      expect(short?.v).toBe(shortfall);
      expect(short?.fmt).toBe(USD);
      expect(typeof confidence?.v).toBe('number');
      expect(confidence?.v as number).toBeGreaterThanOrEqual(0.8);
      expect(confidence?.v as number).toBeLessThanOrEqual(1);
      expect(confidence?.fmt).toBe('0.00');
      expect(String(why?.v)).toContain(order);
    }
    // The memos that carry the order number say so, in the user's language.
    const memoReason = { en: 'The memo carries the number of order', zh: '附言中有订单' }[c.lang];
    for (const row of [2, 3, 7]) expect(String(results(receipts, row)[5]?.v)).toContain(memoReason);
    expect(String(results(receipts, 4)[5]?.v)).not.toContain(memoReason);
  });

  it('proposes nothing for an ambiguous or unknown receipt, and lists the candidates', () => {
    const { call, receipts } = workbook(c);
    call('matchReceipts');
    const notProposed = { en: 'Not proposed: ', zh: '未建议关联：' }[c.lang];
    for (const row of [5, 6]) {
      const cells = results(receipts, row);
      expect(
        cells.slice(0, 5).map((x) => x.v),
        `row ${row}`,
      ).toEqual(['', '', '', '', '']);
      expect(String(cells[5]?.v).startsWith(notProposed)).toBe(true);
    }
    // USD 900 from Quill & Ink, no memo: the advances of both its orders fit equally.
    const lines = String(results(receipts, 5)[5]?.v).split('\n');
    expect(lines).toHaveLength(3);
    const candidates = lines
      .slice(1)
      .map((l) => l.replace(/^\d\. /, '').replace(/ \(0\.\d\d\)$/, ''))
      .sort();
    expect(candidates).toEqual([
      `${REF.quillA} ${PART[c.lang]} USD 900.00`,
      `${REF.quillB} ${PART[c.lang]} USD 900.00`,
    ]);
  });

  it('marks the payer that is not the registered payer, keeping what the cell had', () => {
    const { call, receipts } = workbook(c);
    call('matchReceipts');
    const payer = receipts.peek(1, 2);
    expect(payer.bg).toBe(HIGHLIGHT.warning);
    expect(payer.note.startsWith(MARK)).toBe(true);
    expect(payer.note).toContain('linking/payer-mismatch');
    expect(payer.note).toContain('ask the bank');
    // and Why says it, marked by a sign rather than an English word
    const why = String(results(receipts, 2)[5]?.v);
    expect(why).toContain('⚠ linking/payer-mismatch: ');
    expect(why).not.toMatch(/\b(error|warning|info)\b/);
    // no other receipt cell is marked
    const marked = state(receipts, RECEIPT_ROWS, RECEIPT_COLS)
      .notes.flatMap((r, i) => r.map((n, j) => (n.startsWith(MARK) ? `${i},${j}` : '')))
      .filter(Boolean);
    expect(marked).toEqual(['1,2']);
  });

  it('marks the overdue orders on the orders sheet as Check orders marks findings', () => {
    const { gas, call, orders } = workbook(c);
    call('matchReceipts');
    const confirmedOn = 9;
    const shipWithin = 11;
    // Tundra (row 8): confirmed 30 days ago, unpaid. Ember (row 9): advance received 40 days ago, 30 days to ship.
    expect(orders.peek(7, confirmedOn).bg).toBe(HIGHLIGHT.warning);
    expect(orders.peek(7, confirmedOn).note).toContain('payment/overdue');
    expect(orders.peek(8, shipWithin).bg).toBe(HIGHLIGHT.warning);
    expect(orders.peek(8, shipWithin).note).toContain('shipping/overdue');
    const status = ORDER_COLS;
    const findings = ORDER_COLS + 1;
    expect(orders.peek(0, status).v).toBe(`${MARK} Status / 状态`);
    expect(String(orders.peek(7, findings).v)).toContain('payment/overdue');
    expect(String(orders.peek(8, findings).v)).toContain('shipping/overdue');
    for (let r = 1; r <= 6; r++) expect(String(orders.peek(r, findings).v)).not.toContain('overdue');
    const summary = {
      en: '6 receipts on “Receipts” matched against the orders on “Orders”: 4 proposed, 2 not proposed; 2 overdue orders.',
      zh: '已将“收款”中的 6 笔收款与“订单”中的订单匹配：建议关联 4 笔，未建议 2 笔；逾期订单 2 个。',
    }[c.lang];
    expect(gas.toasts.at(-1)?.msg.startsWith(summary)).toBe(true);
  });

  it('changes no cell the user typed; a second run gives the same sheets; Clear restores both exactly', () => {
    const { gas, call, orders, receipts } = workbook(c);
    const wide = { orders: ORDER_COLS + 6, receipts: RECEIPT_COLS + 6 };
    const before = {
      orders: state(orders, ORDER_ROWS, wide.orders),
      receipts: state(receipts, RECEIPT_ROWS, wide.receipts),
    };
    call('matchReceipts');
    const after = {
      orders: state(orders, ORDER_ROWS, wide.orders + 3),
      receipts: state(receipts, RECEIPT_ROWS, wide.receipts + 3),
    };
    const input = (s: ReturnType<typeof state>, cols: number) => ({
      values: s.values.map((r) => r.slice(0, cols)),
      formats: s.formats.map((r) => r.slice(0, cols)),
    });
    expect(input(after.orders, ORDER_COLS)).toEqual(input(before.orders, ORDER_COLS));
    expect(input(after.receipts, RECEIPT_COLS)).toEqual(input(before.receipts, RECEIPT_COLS));
    // nothing beyond the six result columns of each sheet
    expect(orders.extent().cols).toBe(wide.orders);
    expect(receipts.extent().cols).toBe(wide.receipts);

    call('matchReceipts');
    expect(state(orders, ORDER_ROWS, wide.orders + 3)).toEqual(after.orders);
    expect(state(receipts, RECEIPT_ROWS, wide.receipts + 3)).toEqual(after.receipts);

    gas.calls.reset();
    call('clearResults');
    for (const [sheet, cols, was] of [
      [orders, wide.orders, before.orders],
      [receipts, wide.receipts, before.receipts],
    ] as const) {
      const now = state(sheet, sheet === orders ? ORDER_ROWS : RECEIPT_ROWS, cols);
      expect(now.values).toEqual(was.values);
      expect(now.notes).toEqual(was.notes);
      expect(now.bgs).toEqual(was.bgs);
      expect(input(now, sheet === orders ? ORDER_COLS : RECEIPT_COLS)).toEqual(
        input(was, sheet === orders ? ORDER_COLS : RECEIPT_COLS),
      );
      expect(sheet.extent().cols).toBe(sheet === orders ? ORDER_COLS : RECEIPT_COLS);
    }
  });
});

describe('Match receipts without both sheets', () => {
  function alone(which: 'orders' | 'receipts', locale: string) {
    const gas = createFakeGas({ distDir: DIST, locale });
    const ctx = loadCode(code, gas);
    gas.active.type(which === 'orders' ? ordersRows('en') : receiptsRows('zh'));
    const before = state(gas.active, 9, 20);
    gas.calls.reset();
    (ctx.matchReceipts as Fn)();
    return { gas, before };
  }
  const writes = (gas: FakeGas) =>
    gas.calls.log.filter((n) => /^(Range|RangeList)\.set|insertColumns|setColumnWidth/.test(n));

  it.each(['en_US', 'zh_CN'])(
    'no receipts sheet: says so in both languages (%s first), writes nothing',
    (locale) => {
      const { gas, before } = alone('orders', locale);
      expect(writes(gas)).toEqual([]);
      expect(state(gas.active, 9, 20)).toEqual(before);
      expect(gas.alerts).toHaveLength(1);
      const [title, body] = (gas.alerts[0] as string).split(' | ');
      const en = 'No receipts sheet found';
      const zh = '未找到收款表';
      expect(title).toBe(locale === 'zh_CN' ? '匹配收款 · Match receipts' : 'Match receipts · 匹配收款');
      expect(body?.indexOf(locale === 'zh_CN' ? zh : en)).toBe(0);
      expect(body).toContain(locale === 'zh_CN' ? en : zh);
      expect(body).toContain('Nothing was written.');
      expect(body).toContain('未写入任何内容。');
    },
  );

  it('no orders sheet: says so, writes nothing', () => {
    const { gas, before } = alone('receipts', 'en_US');
    expect(writes(gas)).toEqual([]);
    expect(state(gas.active, 9, 20)).toEqual(before);
    expect(gas.alerts[0]).toContain('No orders sheet found');
    expect(gas.alerts[0]).toContain('未找到订单表');
  });
});

describe('Match receipts: a combined payment, an intended link, protections', () => {
  function book() {
    const gas = createFakeGas({ distDir: DIST, locale: 'en_US' });
    const ctx = loadCode(code, gas);
    const recent = pacificDay(-5);
    const status = STATUS.en.unpaid;
    gas.active.type([
      ORDER_HEADERS.en,
      orderRow({
        ref: REF.lumen,
        total: '1980',
        advance: '594',
        balance: '1386',
        buyer: 'Lumen Optics LLC',
        confirmed: recent,
        status,
      }),
      orderRow({
        ref: REF.tundra,
        total: '1200',
        advance: '360',
        balance: '840',
        buyer: 'Tundra Outdoor Oy',
        confirmed: recent,
        status,
      }),
    ]);
    const receipts = gas.services.SpreadsheetApp.getActive().insertSheet('Receipts') as FakeSheet;
    const day = pacificDay(-2);
    receipts.type([
      [
        'receipt_ref',
        'received_at',
        'payer',
        'amount',
        'currency',
        'memo',
        'link_order',
        'link_part',
        'link_amount',
      ],
      // advance 594 + balance 1,386 = 1,980, less USD 20 of bank charges
      ['R-1', day, 'Lumen Optics LLC', '1960', 'USD', 'PI LO-2026-118', '', '', ''],
      // the seller means to link 400 to an advance of which 360 is outstanding
      ['R-2', day, 'Tundra Outdoor Oy', '400', 'USD', '', `'${REF.tundra}`, 'advance', '400'],
    ]);
    return { gas, call: (name: string) => (ctx[name] as Fn)(), orders: gas.sheets[0] as FakeSheet, receipts };
  }

  it('lists one link per line for a receipt paying two parts; the amounts as text lines', () => {
    const { call, receipts } = book();
    call('matchReceipts');
    const [order, part, amount, shortfall] = results(receipts, 2, 9).map((x) => x.v);
    expect(order).toBe(`${REF.lumen}\n${REF.lumen}`);
    expect(part).toBe('advance\nbalance');
    expect(amount).toBe('USD 594.00\nUSD 1,366.00');
    expect(shortfall).toBe(20);
  });

  it('shows an intended link as typed, with its error on the link amount cell', () => {
    const { call, receipts } = book();
    call('matchReceipts');
    const [order, part, amount, shortfall, confidence, why] = results(receipts, 3, 9);
    expect([order?.v, part?.v, amount?.v, shortfall?.v, confidence?.v]).toEqual([
      REF.tundra,
      'advance',
      400,
      '',
      '',
    ]);
    expect(String(why?.v).startsWith('Intended link (checked, not proposed)')).toBe(true);
    expect(String(why?.v)).toContain('linking/over-outstanding');
    const linkAmount = receipts.peek(2, 8);
    expect(linkAmount.bg).toBe(HIGHLIGHT.error);
    expect(linkAmount.note).toContain('linking/over-outstanding');
  });

  it('writes nothing on either sheet when a cell to write on one of them is protected', () => {
    const { gas, call, orders, receipts } = book();
    orders.protect('P1:P9'); // the orders sheet's first result column (15 input columns, A–O)
    const before = { orders: state(orders, 3, 20), receipts: state(receipts, 3, 20) };
    call('matchReceipts');
    expect(state(orders, 3, 20)).toEqual(before.orders);
    expect(state(receipts, 3, 20)).toEqual(before.receipts);
    expect(gas.alerts[0]).toContain('Match receipts could not finish');
    expect(gas.alerts[0]).toContain('P1');
  });
});

describe('Match receipts, then an edit (onEdit)', () => {
  it('empties the edited receipt’s proposal and says to match again; gives its cells back their note and fill', () => {
    const { call, receipts, gas } = workbook({ locale: 'en_US', headers: 'en', active: 'receipts' });
    const ctx = loadCode(code, gas);
    call('matchReceipts');
    // R-1's payer (C2, marked payer-mismatch) and R-2's amount (D3) are edited
    (ctx.onEdit as Fn)({ range: receipts.getRange(2, 3, 2, 2) });
    const edited = ['', '', '', '', '', '↻ edited since Match receipts: match again'];
    expect(results(receipts, 2).map((x) => x.v)).toEqual(edited);
    expect(results(receipts, 3).map((x) => x.v)).toEqual(edited);
    expect(receipts.peek(1, 2).note).toBe('ask the bank');
    expect(receipts.peek(1, 2).bg).toBe('#00ff00');
    // R-3 keeps its proposal
    expect(results(receipts, 4)[0]?.v).toBe(REF.kestrel);
  });
});

describe('Match receipts at scale', () => {
  it('reads each sheet 5,000 rows at a time and writes each sheet’s results in one call pair per 5,000 rows', () => {
    const gas = createFakeGas({ distDir: DIST, locale: 'en_US' });
    const ctx = loadCode(code, gas);
    gas.active.type(ordersRows('en'));
    const receipts = gas.services.SpreadsheetApp.getActive().insertSheet('Receipts') as FakeSheet;
    const day = pacificDay(-2);
    // 6,000 receipts from a stranger, USD 10 each: none pays an order, so none is proposed and none is marked
    receipts.load([
      ['receipt_ref', 'received_at', 'payer', 'amount', 'currency', 'memo'],
      ...Array.from({ length: 6000 }, (_, i) => [`R-${i + 1}`, day, 'NOBODY LTD', 10, 'USD', '']),
    ]);
    gas.calls.reset();
    (ctx.matchReceipts as Fn)();
    const byName = gas.calls.byName();
    const sum = (names: string[]) => names.reduce((n, k) => n + (byName[k] ?? 0), 0);
    // the top 30 rows of each sheet (2 getValues), then values, formats, display, notes, fills: orders 1 chunk, receipts 2
    expect(
      sum([
        'Range.getValues',
        'Range.getNumberFormats',
        'Range.getDisplayValues',
        'Range.getNotes',
        'Range.getBackgrounds',
      ]),
    ).toBe(2 + 5 * 1 + 5 * 2);
    // formats then values: orders 1 block, receipts 2 (6,001 rows)
    expect(sum(['Range.setValues', 'Range.setNumberFormats'])).toBe(2 * 1 + 2 * 2);
    // the two overdue orders: two different notes, one fill for both
    expect(sum(['Range.setNotes', 'RangeList.setNote'])).toBe(2);
    expect(sum(['Range.setBackgrounds', 'RangeList.setBackground'])).toBe(1);
    expect(gas.calls.count).toBeLessThan(100);
    expect(gas.toasts.at(-1)?.msg).toContain('6000 receipts');
    expect(gas.toasts.at(-1)?.msg).toContain('0 proposed, 6000 not proposed; 2 overdue orders');
  }, 60_000);
});
