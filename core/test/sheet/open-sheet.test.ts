import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type Cell, cellDisplay, numberCell } from '../../src/cells.ts';
import { type OpenedSheet, openSheet, type SheetRow } from '../../src/sheet/open-sheet.ts';
import { parseCsv, SheetReadError } from '../../src/sheet/read-file.ts';

// The first XLSX read loads exceljs, which can take seconds on a shared, busy machine.
vi.setConfig({ testTimeout: 30_000 });

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'sheets');
const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'examples');
const fixture = (name: string) => join(FIXTURES, name);

async function allRows(sheet: OpenedSheet): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const batch of sheet.rows())
    rows.push(...batch.filter((r) => r.kind !== 'title' && r.kind !== 'header'));
  return rows;
}

async function readError(path: string, options = {}): Promise<SheetReadError> {
  try {
    await openSheet(path, options);
  } catch (error) {
    if (error instanceof SheetReadError) return error;
    throw error;
  }
  throw new Error(`${path} was read`);
}

/** The example CSV as plain rows (the header is row 1), to compare other encodings and formats against. */
function exampleRows(name: string): string[][] {
  return parseCsv(readFileSync(join(EXAMPLES, name), 'utf8')) as string[][];
}

describe('encodings', () => {
  it('GB18030 from Chinese Excel/WPS: every character intact, and the encoding said', async () => {
    const sheet = await openSheet(fixture('gb18030-zh.csv'));
    expect(sheet.encoding).toEqual({ encoding: 'gb18030', bomLength: 0, by: 'guess' });
    expect(sheet.notices[0]).toEqual({
      en: 'read gb18030-zh.csv as GB18030 (guessed; use --encoding to change)',
      zh: '按 GB18030 编码读取 gb18030-zh.csv（推测；可用 --encoding 指定）',
    });
    const expected = exampleRows('orders-zh.csv');
    expect(sheet.header).toEqual(expected[0]);
    expect((await allRows(sheet)).map((r) => r.cells)).toEqual(expected.slice(1));
  });

  it('English headers with GBK values keep the Chinese text', async () => {
    const rows = await allRows(await openSheet(fixture('gbk-values.csv')));
    expect(rows.map((r) => [r.cells[3], r.cells[8]])).toEqual([
      ['新加坡', '请在月底前发货'],
      ['德国', '样品单（加急）'],
    ]);
  });

  it("Excel's Unicode text (UTF-16LE with BOM, tab-delimited)", async () => {
    const sheet = await openSheet(fixture('unicode-text.txt'));
    expect([sheet.encoding?.encoding, sheet.delimiter]).toEqual(['utf-16le', '\t']);
    expect((await allRows(sheet)).map((r) => r.cells)).toEqual(exampleRows('orders-zh.csv').slice(1));
  });

  it('Big5 with Traditional headers', async () => {
    const sheet = await openSheet(fixture('big5-traditional.csv'));
    expect(sheet.encoding?.encoding).toBe('big5');
    expect(sheet.layout.columns.slice(0, 3)).toEqual(['order_ref', 'order_type', 'buyer_email']);
    expect((await allRows(sheet))[0]?.cells).toEqual([
      'TW-1',
      '信用保障',
      'buyer@example.com',
      '美國',
      'USD',
      '2500.00',
      '750.00',
      '電匯',
      '自營出口',
    ]);
  });

  it('UTF-8 with a BOM: the BOM is not part of the first header', async () => {
    const sheet = await openSheet(fixture('utf8-bom.csv'));
    expect(sheet.encoding).toEqual({ encoding: 'utf-8', bomLength: 3, by: 'bom' });
    expect(sheet.notices).toEqual([]);
    expect((await allRows(sheet)).map((r) => r.cells)).toEqual(exampleRows('orders.csv').slice(1));
  });

  it('--encoding overrides the guess, and an unknown name is refused in both languages', async () => {
    const sheet = await openSheet(fixture('gb18030-zh.csv'), { encoding: 'GBK' });
    expect(sheet.encoding).toEqual({ encoding: 'gb18030', bomLength: 0, by: 'option' });
    const error = await readError(fixture('gb18030-zh.csv'), { encoding: 'latin9' });
    expect(error.message).toContain('--encoding must be one of utf-8, utf-16le, utf-16be, gb18030, big5');
    expect(error.zh).toContain('--encoding 须为');
  });
});

describe('finding the table', () => {
  it('a title row and a date line above the header: the real header is found, the orders are orders', async () => {
    const sheet = await openSheet(fixture('title-rows.csv'));
    expect(sheet.headerRow).toBe(4);
    const rows = await allRows(sheet);
    expect(rows.map((r) => [r.row, r.kind, r.cells[0]])).toEqual([
      [5, 'order', 'T-1'],
      [6, 'order', 'T-2'],
    ]);
    expect(sheet.notices).toContainEqual({
      en: 'the header is on row 4; rows above it are not orders and were not read',
      zh: '表头在第 4 行；其上方的行不是订单，未读取',
    });
  });

  it('blank rows and totals rows (合计, Total) are told apart from orders', async () => {
    const rows = await allRows(await openSheet(fixture('blank-and-totals.csv')));
    expect(rows.map((r) => [r.row, r.kind])).toEqual([
      [2, 'order'],
      [3, 'blank'],
      [4, 'blank'],
      [5, 'order'],
      [6, 'totals'],
      [7, 'totals'],
    ]);
  });

  it('headers with units, marks, brackets and Traditional Chinese; `Shipping` over amounts is the freight', async () => {
    const sheet = await openSheet(fixture('headers-marks.csv'));
    expect(sheet.layout.columns).toEqual([
      'order_ref',
      'order_type',
      'buyer_email',
      'destination',
      'unit_price',
      'quantity',
      'freight',
      'order_total',
      null,
    ]);
    expect(sheet.notices).toEqual([
      {
        en: 'not order columns, ignored: I "业务员" (see docs/order-sheet.md)',
        zh: '不是订单列，已忽略：I "业务员"（见 docs/order-sheet.md）',
      },
    ]);
  });

  it('refuses a sheet with no order type or amount column', async () => {
    const error = await readError(fixture('no-order-column.csv'));
    expect(error.message).toBe(
      `${fixture('no-order-column.csv')}: no order type or amount column (the header on row 1 names only buyer_email, destination): nothing to check (see docs/order-sheet.md)`,
    );
    expect(error.zh).toContain('没有订单类型或金额列');
  });

  it('sep=; with decimal commas: the line is not a row, and the decimal mark is known', async () => {
    const sheet = await openSheet(fixture('semicolon-decimal-comma.csv'));
    expect([sheet.delimiter, sheet.decimalMark, sheet.headerRow]).toEqual([';', 'comma', 1]);
    expect((await allRows(sheet)).map((r) => [r.row, r.cells[5], r.cells[6]])).toEqual([
      [2, '2.500,00', '750,00'],
      [3, '12.000', '3.600'],
    ]);
  });
});

describe('CSV damage', () => {
  it('a stray quote damages only its own row, which is still read and named; no row is lost', async () => {
    const rows = await allRows(await openSheet(fixture('stray-quotes.csv')));
    expect(rows.map((r) => [r.row, r.cells[0], r.damage ?? null])).toEqual([
      [2, 'Q-1', null],
      [3, 'Q-2', 'quote'],
      [4, 'Q-3', null],
      [5, 'Q-4', null],
    ]);
    expect(rows[0]?.cells[8]).toBe('"Urgent" - ship by 12" box');
    expect(rows[1]?.cells).toEqual([
      'Q-2',
      'TA',
      'amy@example.com',
      'US',
      'USD',
      '1,000.00',
      '300.00',
      'card',
      '"Urgent - ship by 12 box',
    ]);
    expect(rows[2]?.cells[8]).toBe('two\nlines');
  });
});

describe('XLSX', () => {
  it('typed cells: percentages, CJK built-in dates, Excel float noise, errors, links, rich text, lost digits', async () => {
    const sheet = await openSheet(fixture('typed.xlsx'));
    expect(sheet.sheetName).toBe('Orders');
    expect(sheet.notices).toEqual([
      {
        en: 'read sheet "Orders"; hidden sheets skipped: "Lists"',
        zh: '读取工作表 "Orders"；已跳过隐藏工作表："Lists"',
      },
    ]);
    const rows = await allRows(sheet);
    // The stray formatted cells at XFD1 and A1048576 add neither columns nor rows.
    expect(sheet.header).toHaveLength(12);
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    const [x1, x2, x3, x4, x5] = rows.map((r) => r.cells) as Cell[][];
    expect(x1?.[8]).toEqual(numberCell(0.3, 'percent'));
    expect(x1?.[11]).toEqual({ kind: 'date', date: '2026-11-03' });
    expect(x2?.[7]).toEqual(numberCell(864.19));
    expect(x2?.[8]).toEqual(numberCell(1, 'percent'));
    expect(x2?.[10]).toEqual({ kind: 'date', date: '2026-12-01' });
    expect(x3?.[2]).toBe('li@example.com');
    expect(x3?.[5]).toEqual(numberCell(12, 'currency', { currency: 'USD' }));
    expect(x3?.[7]).toEqual({ kind: 'error', code: '#N/A' });
    expect(x4?.[0]).toBe('X-4');
    expect(x4?.[7]).toEqual({ kind: 'formula', formula: 'SUM(10,20)' });
    expect(x5?.[0]).toEqual(numberCell(12345678901234600, 'general', { imprecise: true }));
  });

  it('the example sheet saved by LibreOffice reads as the CSV does, cell for cell as shown', async () => {
    for (const name of ['orders', 'orders-zh']) {
      const sheet = await openSheet(fixture(`${name}.xlsx`));
      const expected = exampleRows(`${name}.csv`);
      expect(sheet.header).toEqual(expected[0]);
      const rows = await allRows(sheet);
      expect(rows.map((r) => r.row)).toEqual(expected.slice(1).map((_, i) => i + 2));
      rows.forEach((r, i) => {
        const csv = expected[i + 1] ?? [];
        r.cells.forEach((cell, c) => {
          if (typeof cell === 'string' || cell.kind === 'date') expect(cellDisplay(cell)).toBe(csv[c]);
          else expect(Number(cellDisplay(cell))).toBeCloseTo(amountOf(csv[c] ?? ''), 9);
        });
      });
    }
  });

  it('several sheets with orders: a clear message naming them; --sheet picks one', async () => {
    const error = await readError(fixture('two-order-sheets.xlsx'));
    expect(error.message).toContain(
      'several sheets hold orders: "Orders A", "Orders B"; choose one with --sheet NAME',
    );
    expect(error.zh).toContain('多个工作表包含订单："Orders A", "Orders B"');
    const sheet = await openSheet(fixture('two-order-sheets.xlsx'), { sheet: 'Orders B' });
    expect((await allRows(sheet)).map((r) => r.cells[0])).toEqual(['B-1']);
    const missing = await readError(fixture('two-order-sheets.xlsx'), { sheet: 'Orders C' });
    expect(missing.message).toContain(
      'no visible sheet "Orders C"; the sheets are "Summary", "Orders A", "Orders B"',
    );
  });

  it('a summary first and a hidden lists sheet: the orders sheet is found', async () => {
    const sheet = await openSheet(fixture('summary-first.xlsx'));
    expect(sheet.sheetName).toBe('Orders A');
    expect((await allRows(sheet)).map((r) => r.cells[0])).toEqual(['A-1']);
  });

  it('rows() reads the file again for a second pass', async () => {
    const sheet = await openSheet(fixture('typed.xlsx'));
    expect(await allRows(sheet)).toEqual(await allRows(sheet));
  });
});

describe('files ta-check does not read', () => {
  it.each(['orders.xls', 'orders.ods'])('%s: save as .xlsx or CSV, in both languages', async (name) => {
    const error = await readError(fixture(name));
    expect(error.message).toContain('save it as .xlsx (or as CSV UTF-8)');
    expect(error.zh).toContain('另存为 .xlsx（或 CSV UTF-8）');
  });
});

/** The number a CSV money cell means (`$12`, `1,200.00`, `30%`), for comparing with the XLSX's number. */
function amountOf(text: string): number {
  const n = Number(text.replace(/[$,]/g, ''));
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : n;
}
