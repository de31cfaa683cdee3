/**
 * Sheets as people paste them: a bank's statement export with its title, account and period above the header
 * row, an order summary with a title and a date line. Through dist/Code.js and the fake Apps Script, against
 * ta-check and ta-check link (core's CLI) on the same rows written as CSV files: the add-on finds the same
 * header rows, skips the same totals rows and proposes the same links, and touches nothing above the header.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLink } from '@ta-toolkit/core/cli/link';
import { runCli } from '@ta-toolkit/core/cli/main';
import { PART_NAME } from '@ta-toolkit/core/linking/messages';
import type { LinkJson } from '@ta-toolkit/core/sheet/link-report';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARK } from '../src/marks.ts';
import { build, DIST } from './built.ts';
import { createFakeGas, type FakeGas, type FakeSheet, loadCode } from './fake-gas.ts';
import { MATCH_HEADERS, ORDER_HEADERS, ordersRows, pacificDay, REF, receiptsRows } from './match-fixtures.ts';

let code = '';
beforeAll(() => {
  code = build().code;
}, 120_000);

type Fn = (...a: unknown[]) => unknown;

/** A bank's statement export: three title lines, then its own header names (Chinese), then the receipts. */
const BANK_TITLES = [
  ['中国工商银行 对公账户交易明细'],
  ['账号：6222 0210 0123 4567 890 户名：杭州某某贸易有限公司'],
  ['查询期间：2026-11-01 至 2026-11-30'],
];
const BANK_HEADER = ['交易日期', '对方户名', '贷方发生额', '币种', '摘要', '流水号', '我的备注'];
/** receiptsRows' columns (流水号, 到账时间, 付款人, 到账金额, 币种, 附言, 我的备注) in the bank's order. */
const BANK_ORDER = [1, 2, 3, 4, 5, 0, 6];

function bankRows(): string[][] {
  const [, ...receipts] = receiptsRows('zh');
  return [
    ...BANK_TITLES,
    BANK_HEADER,
    ...receipts.map((r) => {
      // R-6's amount as typed (match.test.ts covers the formula's float)
      const row = r[0] === 'R-6' ? r.map((v, i) => (i === 3 ? '864.19' : v)) : r;
      return BANK_ORDER.map((i) => row[i] as string);
    }),
  ];
}
const RECEIPTS_HEADER_ROW = 3; // 0-based: the fourth row
const RECEIPT_INPUTS = BANK_HEADER.length;

/** An order summary: a title row and a date line above the header (the orders of match-fixtures.ts). */
function summaryRows(extra: string[][] = []): string[][] {
  return [['2026年11月 信用保障订单汇总'], ['日期：', pacificDay(0)], ...ordersRows('zh'), ...extra];
}
const ORDERS_HEADER_ROW = 2;
const ORDER_INPUTS = ORDER_HEADERS.zh.length;

/** Everything a user sees of a sheet over rows × cols. */
function state(sheet: FakeSheet, rows: number, cols: number) {
  const g = sheet.grid(rows, cols);
  return { values: g.values, formats: g.formats, notes: g.notes, bgs: g.bgs };
}
type State = ReturnType<typeof state>;
const rowsOf = (s: State, from: number, to: number) => ({
  values: s.values.slice(from, to),
  formats: s.formats.slice(from, to),
  notes: s.notes.slice(from, to),
  bgs: s.bgs.slice(from, to),
});
const inputsOf = (s: State, cols: number) => ({
  values: s.values.map((r) => r.slice(0, cols)),
  formats: s.formats.map((r) => r.slice(0, cols)),
});

/**
 * What Clear gives back: the rows above the header exactly (formats too), every value, note and fill; the
 * emptied result columns keep the plain-text format Clear leaves on them.
 */
const restored = (s: State, header: number) => ({
  above: rowsOf(s, 0, header),
  values: s.values,
  notes: s.notes,
  bgs: s.bgs,
});

function workbook(locale = 'zh_CN', orders = summaryRows()) {
  const gas = createFakeGas({ distDir: DIST, locale });
  const ctx = loadCode(code, gas);
  const ordersSheet = gas.active;
  ordersSheet.name = '订单汇总';
  ordersSheet.type(orders);
  const receipts = gas.services.SpreadsheetApp.getActive().insertSheet('银行流水') as FakeSheet;
  receipts.type(bankRows());
  gas.setActive(receipts);
  gas.calls.reset();
  return { gas, call: (name: string) => (ctx[name] as Fn)(), ctx, orders: ordersSheet, receipts };
}

/** The rows as a CSV file, as ta-check reads it (order numbers without the apostrophe that keeps them text). */
function csvFile(dir: string, name: string, rows: string[][]): string {
  const file = join(dir, name);
  writeFileSync(file, Papa.unparse(rows.map((r) => r.map((v) => v.replace(/^'/, '')))));
  return file;
}

describe('Match receipts: a bank export with three title lines, an order summary with a title and a date line', () => {
  const wide = { orders: ORDER_INPUTS + 6 + 3, receipts: RECEIPT_INPUTS + 6 + 3 };
  const height = { orders: summaryRows().length, receipts: bankRows().length };

  it('writes the result columns on each header row and changes nothing above it nor any input cell', () => {
    const { gas, call, orders, receipts } = workbook();
    const before = {
      orders: state(orders, height.orders, wide.orders),
      receipts: state(receipts, height.receipts, wide.receipts),
    };
    call('matchReceipts');
    expect(gas.alerts).toEqual([]);
    const after = {
      orders: state(orders, height.orders, wide.orders),
      receipts: state(receipts, height.receipts, wide.receipts),
    };
    expect(after.receipts.values[RECEIPTS_HEADER_ROW]?.slice(RECEIPT_INPUTS, RECEIPT_INPUTS + 6)).toEqual(
      MATCH_HEADERS,
    );
    expect(after.orders.values[ORDERS_HEADER_ROW]?.[ORDER_INPUTS]).toBe(`${MARK} Status / 状态`);
    // every cell above each header row, over the result columns too: value, format, note, fill
    expect(rowsOf(after.receipts, 0, RECEIPTS_HEADER_ROW)).toEqual(
      rowsOf(before.receipts, 0, RECEIPTS_HEADER_ROW),
    );
    expect(rowsOf(after.orders, 0, ORDERS_HEADER_ROW)).toEqual(rowsOf(before.orders, 0, ORDERS_HEADER_ROW));
    // and every input cell keeps its value and format
    expect(inputsOf(after.receipts, RECEIPT_INPUTS)).toEqual(inputsOf(before.receipts, RECEIPT_INPUTS));
    expect(inputsOf(after.orders, ORDER_INPUTS)).toEqual(inputsOf(before.orders, ORDER_INPUTS));
    expect(receipts.extent().cols).toBe(RECEIPT_INPUTS + 6);
    expect(gas.toasts.at(-1)?.msg).toContain('6 笔收款');
  });

  it('proposes what ta-check link proposes for the same rows, on the same sheet rows', async () => {
    const { call, orders, receipts } = workbook();
    call('matchReceipts');
    const dir = mkdtempSync(join(tmpdir(), 'titles-'));
    const cli = await runLink([
      csvFile(dir, 'orders.csv', summaryRows()),
      csvFile(dir, 'receipts.csv', bankRows()),
      '--format',
      'json',
      '--today',
      pacificDay(0),
    ]);
    expect(cli.stderr).toContain('我的备注'); // the one column it does not read, as the add-on leaves it alone
    const json = JSON.parse(cli.stdout) as LinkJson;
    // the fixture's four clear receipts and two that are not
    expect(json.proposals.map((p) => p.receipt.row)).toEqual([5, 6, 7, 10]);
    expect(json.unmatched.map((u) => u.receipt.row)).toEqual([8, 9]);
    const cell = (row: number, k: number) => receipts.peek(row - 1, RECEIPT_INPUTS + k).v;
    for (const p of json.proposals) {
      const row = p.receipt.row;
      expect(cell(row, 0), `row ${row}`).toBe(p.links.map((l) => l.order.ref).join('\n'));
      expect(cell(row, 1)).toBe(p.links.map((l) => PART_NAME[l.part].zh).join('\n'));
      expect(cell(row, 2)).toBe(Number(p.links[0]?.amount));
      expect(cell(row, 3)).toBe(Number(p.shortfall));
      expect(cell(row, 4)).toBe(p.confidence);
    }
    for (const u of json.unmatched) {
      expect(cell(u.receipt.row, 0)).toBe('');
      expect(String(cell(u.receipt.row, 5)).startsWith('未建议关联：')).toBe(true);
    }
    expect(cell(5, 0)).toBe(REF.acme); // read by hand: R-1 pays Acme's advance
    // the orders: ta-check link's overdue findings on the same sheet rows
    const overdue = json.orders.flatMap((o) =>
      o.findings.filter((f) => /overdue$/.test(f.rule)).map((f) => `${o.row} ${f.rule}`),
    );
    expect(overdue).toEqual(['10 payment/overdue', '11 shipping/overdue']);
    for (const line of overdue) {
      const [row, rule] = line.split(' ') as [string, string];
      expect(String(orders.peek(Number(row) - 1, ORDER_INPUTS + 1).v)).toContain(rule);
    }
  });

  it('gives the same sheets when run twice; Clear gives both back exactly', () => {
    const { call, orders, receipts } = workbook();
    const before = {
      orders: state(orders, height.orders, wide.orders),
      receipts: state(receipts, height.receipts, wide.receipts),
    };
    call('matchReceipts');
    const once = {
      orders: state(orders, height.orders, wide.orders),
      receipts: state(receipts, height.receipts, wide.receipts),
    };
    expect(once.receipts.values[RECEIPTS_HEADER_ROW]?.[RECEIPT_INPUTS]).toBe(`${MARK} Order / 订单`);
    call('matchReceipts');
    expect(state(orders, height.orders, wide.orders)).toEqual(once.orders);
    expect(state(receipts, height.receipts, wide.receipts)).toEqual(once.receipts);
    call('clearResults');
    for (const [sheet, rows, cols, was, header] of [
      [orders, height.orders, wide.orders, before.orders, ORDERS_HEADER_ROW],
      [receipts, height.receipts, wide.receipts, before.receipts, RECEIPTS_HEADER_ROW],
    ] as const)
      expect(restored(state(sheet, rows, cols), header)).toEqual(restored(was, header));
    expect(orders.extent().cols).toBe(ORDER_INPUTS);
    expect(receipts.extent().cols).toBe(RECEIPT_INPUTS);
  });

  it('reads each sheet’s top rows once to pick the sheets, then each picked sheet once', () => {
    const { gas, call } = workbook();
    call('matchReceipts');
    const byName = gas.calls.byName();
    // 2 top-row reads (one per sheet) + 2 snapshots (one chunk each); the same as with headers in row 1
    expect(byName['Range.getValues']).toBe(4);
    expect(byName['Sheet.getLastRow']).toBe(4);
    expect(byName['Range.getDisplayValues']).toBe(2);
    // Each sheet's protections are read once (range and sheet protections), before either sheet is written.
    expect(byName['Sheet.getProtections']).toBe(4);
    expect(gas.calls.count).toBeLessThan(90);
  });

  it('after an edit below the header, empties that receipt’s proposal; an edit in the titles changes nothing', () => {
    const { gas, call, ctx, receipts } = workbook();
    call('matchReceipts');
    const titlesAndAll = state(receipts, height.receipts, wide.receipts);
    gas.calls.reset();
    (ctx.onEdit as Fn)({ range: receipts.getRange(2, 1, 1, 1) });
    expect(state(receipts, height.receipts, wide.receipts)).toEqual(titlesAndAll);
    expect(gas.calls.byName()['Range.getValues']).toBe(1);
    // the header row and R-1 (sheet rows 4–5): only the receipt's row changes
    (ctx.onEdit as Fn)({ range: receipts.getRange(4, 3, 2, 1) });
    const after = state(receipts, height.receipts, wide.receipts);
    expect(after.values[4]?.slice(RECEIPT_INPUTS, RECEIPT_INPUTS + 6)).toEqual([
      '',
      '',
      '',
      '',
      '',
      '↻ 匹配后已修改：请重新匹配收款',
    ]);
    expect(after.values[5]?.[RECEIPT_INPUTS]).toBe(REF.bright);
    expect(rowsOf(after, 0, RECEIPTS_HEADER_ROW + 1)).toEqual(
      rowsOf(titlesAndAll, 0, RECEIPTS_HEADER_ROW + 1),
    );
  });
});

describe('Match receipts: no receipts header among the first 30 rows', () => {
  /** A sheet with receipts-like data whose headers the add-on must not find. */
  const nearMisses: Record<string, string[][]> = {
    // the header on row 31, below 30 lines of a bank's preamble
    'header on row 31': [
      ...Array.from({ length: 30 }, (_, i) => [`说明 ${i + 1}：本对账单仅供参考`]),
      BANK_HEADER,
      ['2026-11-20', 'ACME TRADING CO LTD', '750', 'USD', `ORDER ${REF.acme}`, 'R-1', ''],
    ],
    // a statement of payments out: a debit column, no amount received
    'debits only': [
      ...BANK_TITLES,
      ['交易日期', '对方户名', '借方发生额', '余额'],
      ['2026-11-20', 'NINGBO FREIGHT CO', '300', '12000'],
    ],
  };
  it.each(
    Object.keys(nearMisses).flatMap((name) => ['en_US', 'zh_CN'].map((locale) => [name, locale] as const)),
  )('%s (%s): “no receipts sheet” in both languages, nothing written', (name, locale) => {
    const gas = createFakeGas({ distDir: DIST, locale });
    const ctx = loadCode(code, gas);
    gas.active.type(summaryRows());
    const sheet = gas.services.SpreadsheetApp.getActive().insertSheet('流水') as FakeSheet;
    sheet.type(nearMisses[name] as string[][]);
    const before = { orders: state(gas.active, 12, 30), sheet: state(sheet, 33, 20) };
    gas.calls.reset();
    (ctx.matchReceipts as Fn)();
    expect(writes(gas)).toEqual([]);
    expect(state(gas.active, 12, 30)).toEqual(before.orders);
    expect(state(sheet, 33, 20)).toEqual(before.sheet);
    expect(gas.alerts).toHaveLength(1);
    const body = (gas.alerts[0] as string).split(' | ')[1] ?? '';
    const [en, zh] = ['No receipts sheet found', '未找到收款表'];
    expect(body.indexOf(locale === 'zh_CN' ? zh : en)).toBe(0);
    expect(body).toContain(locale === 'zh_CN' ? en : zh);
  });
});

const writes = (gas: FakeGas) =>
  gas.calls.log.filter((n) => /^(Range|RangeList)\.set|insertColumns|setColumnWidth/.test(n));

describe('Check orders on an order summary with a title row and a date line', () => {
  /** Totals rows as people write them (共计, Sum), and an order whose number cell says "Total" but has a type. */
  const extra = [
    ['共计', '', '', '32330.63', '', '', '', '', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ['Sum', '', '', '32330.63', '', '', '', '', '', '', '', '', '', '', ''],
    [
      'Total',
      'TA',
      'USD',
      '100',
      '30',
      '70',
      'tt-intl',
      'Total Gear Ltd',
      '',
      pacificDay(-3),
      '0',
      '30',
      '',
      '待支付',
      '',
    ],
  ];
  const rows = summaryRows(extra);

  it('checks the rows below the header as ta-check does, skips the same totals rows, leaves the titles alone', async () => {
    const gas = createFakeGas({ distDir: DIST, locale: 'zh_CN' });
    const ctx = loadCode(code, gas);
    const sheet = gas.active;
    sheet.type(rows);
    const before = state(sheet, rows.length, ORDER_INPUTS + 9);
    (ctx.checkOrders as Fn)();
    expect(gas.alerts).toEqual([]);
    const after = state(sheet, rows.length, ORDER_INPUTS + 9);
    expect(rowsOf(after, 0, ORDERS_HEADER_ROW)).toEqual(rowsOf(before, 0, ORDERS_HEADER_ROW));
    expect(inputsOf(after, ORDER_INPUTS)).toEqual(inputsOf(before, ORDER_INPUTS));
    expect(after.values[ORDERS_HEADER_ROW]?.[ORDER_INPUTS]).toBe(`${MARK} Status / 状态`);

    const dir = mkdtempSync(join(tmpdir(), 'titles-'));
    const cli = await runCli([
      csvFile(dir, 'orders.csv', rows),
      '--format',
      'json',
      '--today',
      pacificDay(0),
    ]);
    const report = JSON.parse(cli.stdout) as { rows: { row: number; findings: { rule: string }[] }[] };
    const status = (row: number) => String(after.values[row - 1]?.[ORDER_INPUTS]);
    const skipped = report.rows.filter((r) => r.findings.some((f) => f.rule === 'sheet/row-skipped'));
    // read by hand: 共计 (row 12) and Sum (row 14) are totals rows; "Total" with an order type (row 15) is an order
    expect(skipped.map((r) => r.row)).toEqual([12, 14]);
    for (const row of [12, 14]) expect(status(row)).toBe('Σ 合计行（不是订单）');
    const checked = report.rows.filter((r) => !skipped.includes(r));
    expect(checked.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 15]);
    for (const r of checked) {
      const findings = String(after.values[r.row - 1]?.[ORDER_INPUTS + 1]);
      const rules = [...findings.matchAll(/^\S+ ([a-z]+\/[a-z-]+) \(/gm)].map((m) => m[1]);
      expect(rules, `row ${r.row}`).toEqual(r.findings.map((f) => f.rule));
      expect(status(r.row)).not.toContain('Σ');
    }
    expect(status(13)).toBe(''); // the blank row
    // an edit in the title rows changes nothing; one in a marked order row (Tundra, overdue) says to check again
    const checked1 = state(sheet, rows.length, ORDER_INPUTS + 9);
    (ctx.onEdit as Fn)({ range: sheet.getRange(1, 1, 2, 2) });
    expect(state(sheet, rows.length, ORDER_INPUTS + 9)).toEqual(checked1);
    expect(String(checked1.values[9]?.[ORDER_INPUTS + 1])).toContain('payment/overdue');
    (ctx.onEdit as Fn)({ range: sheet.getRange(10, 4, 1, 1) });
    expect(sheet.peek(9, ORDER_INPUTS).v).toBe('↻ 检查后已修改：请重新检查');
    expect(sheet.peek(10, ORDER_INPUTS).v).toBe(checked1.values[10]?.[ORDER_INPUTS]);
    (ctx.clearResults as Fn)();
    expect(restored(state(sheet, rows.length, ORDER_INPUTS + 9), ORDERS_HEADER_ROW)).toEqual(
      restored(before, ORDERS_HEADER_ROW),
    );
    expect(sheet.extent().cols).toBe(ORDER_INPUTS);
  });
});
