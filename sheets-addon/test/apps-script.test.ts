/**
 * dist/Code.js as Apps Script runs it: loaded into a bare V8 context (no eval) with in-memory fakes of the
 * services it uses, every call counted.
 */
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT, MARK } from '../src/marks.ts';
import { build, DIST, ENTRY_POINTS } from './built.ts';
import { createFakeGas, type FakeGas, loadCode, type Value } from './fake-gas.ts';
import { COL, goodRow, HEADERS, mixedSheet } from './orders.ts';

let code = '';
beforeAll(() => {
  code = build().code;
}, 120_000);

type Fn = (...a: unknown[]) => unknown;
function setup(opts: { locale?: string; authModeNone?: boolean; lockHeld?: boolean } = {}) {
  const gas = createFakeGas({ distDir: DIST, ...opts });
  const ctx = loadCode(code, gas);
  const call = (name: string, ...args: unknown[]) => (ctx[name] as Fn)(...args);
  return { gas, ctx, call };
}

function sheetWith(gas: FakeGas, rows: Value[][]) {
  gas.active.load(rows);
  return gas.active;
}

describe('globals', () => {
  it('every entry point is a global function', () => {
    const { ctx } = setup();
    for (const name of ENTRY_POINTS) {
      expect(typeof ctx[name], name).toBe('function');
    }
  });

  it('loading the script calls no service', () => {
    const { gas } = setup();
    expect(gas.calls.count).toBe(0);
  });
});

describe('menu', () => {
  it('is built in AuthMode.NONE with only menu calls, in the user language, handlers that exist', () => {
    const { gas, ctx, call } = setup({ authModeNone: true, locale: 'zh_CN' });
    call('onOpen', { authMode: 'NONE' });
    expect(
      Object.keys(gas.calls.byName()).every(
        (n) =>
          n.startsWith('Menu.') ||
          n.startsWith('Ui.') ||
          n === 'SpreadsheetApp.getUi' ||
          n === 'Session.getActiveUserLocale',
      ),
    ).toBe(true);
    const addon = gas.menus.find((m) => m.title === 'addon');
    expect(addon?.items.map((i) => i.label)).toEqual([
      '检查订单',
      '匹配收款',
      '问题列表',
      '插入订单模板',
      '费用计算器',
      '设置',
      '',
      '清除结果',
    ]);
    const handlers = addon?.items.flatMap((i) => (i.sub ? i.sub.map((s) => s.fn) : i.fn ? [i.fn] : [])) ?? [];
    expect(handlers).toEqual([
      'checkOrders',
      'matchReceipts',
      'showProblems',
      'insertTemplateEn',
      'insertTemplateZh',
      'showFeeCalculator',
      'showSettings',
      'clearResults',
    ]);
    for (const h of handlers) expect(typeof ctx[h as string]).toBe('function');
  });

  it('onInstall builds the same menu, in English for an English locale', () => {
    const { gas, call } = setup({ locale: 'en_US' });
    call('onInstall', {});
    expect(gas.menus.find((m) => m.title === 'addon')?.items[0]?.label).toBe('Check orders');
  });
});

/** Service calls of one run, grouped: reads, note/fill writes, result writes, the rest. */
function callsOf(byName: Record<string, number>) {
  const sum = (names: string[]) => names.reduce((n, k) => n + (byName[k] ?? 0), 0);
  return {
    total: Object.values(byName).reduce((a, b) => a + b, 0),
    reads: sum([
      'Range.getValues',
      'Range.getNumberFormats',
      'Range.getDisplayValues',
      'Range.getNotes',
      'Range.getBackgrounds',
    ]),
    marks: sum(['Range.setNotes', 'Range.setBackgrounds', 'RangeList.setNote', 'RangeList.setBackground']),
    results: sum(['Range.setValues', 'Range.setNumberFormats']),
  };
}

describe('Check orders', () => {
  function run(n: number, rows: Value[][] = mixedSheet(n)) {
    const { gas, call } = setup();
    const sheet = sheetWith(gas, rows);
    call('checkOrders');
    return { gas, sheet, calls: callsOf(gas.calls.byName()), call };
  }

  it('makes O(changed runs + rows / chunk) service calls: 5 reads and 2 result writes per 5,000 rows', () => {
    const small = run(10);
    const big = run(10_000);
    expect(small.calls.reads).toBe(5);
    expect(big.calls.reads).toBe(15); // 10,001 rows with the header: 3 chunks
    expect(small.calls.results).toBe(2);
    expect(big.calls.results).toBe(6);
    // mixedSheet repeats three notes and two fills: RangeList writes, ≤ 500 ranges each
    expect(small.calls.marks).toBe(5); // 3 notes + 2 fills, one list each
    expect(big.calls.marks).toBe(3 * 5 + 2500 / 500 + 5000 / 500); // notes 2,500 each; fills 2,500 + 5,000
    expect(big.calls.total).toBeLessThan(130);
    expect(big.gas.toasts.at(-1)?.msg).toBe('Checked 10000 rows: 5000 errors, 2500 warnings.');
    expect(big.gas.toasts.map((t) => t.msg)).toEqual([
      'Checking the orders…',
      'Checking the orders… 5,000 of 10,001 rows read.',
      'Checking the orders… 10,000 of 10,001 rows read.',
      'Checked 10000 rows: 5000 errors, 2500 warnings.',
    ]);
  }, 60_000);

  it('writes one run per differing note, and nothing at all when run again on an unchanged sheet', () => {
    const rows = mixedSheet(40).map((r, i) =>
      i === 0 ? r : r.map((v, c) => (c === COL.buyer_email && i % 4 === 1 ? `wang${i}@qq.com` : v)),
    );
    const first = run(40, rows);
    const byName = first.gas.calls.byName();
    expect(byName['Range.setNotes']).toBe(10); // ten different mailbox notes, one cell each
    first.gas.calls.reset();
    first.call('checkOrders');
    const again = callsOf(first.gas.calls.byName());
    expect(again.marks).toBe(0);
  });

  it('writes a column of differing notes in consecutive rows with one call', () => {
    const rows = mixedSheet(0);
    for (let i = 0; i < 30; i++) {
      const row = goodRow(i);
      row[COL.buyer_email as number] = `li${i}@qq.com`; // 30 orders in a row, each its own mailbox note
      rows.push(row);
    }
    const { gas } = run(30, rows);
    const byName = gas.calls.byName();
    expect(byName['Range.setNotes']).toBe(1);
    expect(byName['RangeList.setBackground']).toBe(1); // one fill for all 30
  });

  it('writes results right of the data, fees as numbers in their currency, notes and highlights on offending cells', () => {
    const { sheet } = run(4);
    const W = HEADERS.length;
    expect(sheet.peek(0, W).v).toBe(`${MARK} Status / 状态`);
    expect(sheet.peek(1, W).v).toBe('✗ error');
    expect(sheet.peek(4, W).v).toBe('✓ ok');
    const service = sheet.grid(5, W + 6);
    expect(service.values[4]?.[W + 3]).toBe(25);
    expect(service.shown[4]?.[W + 3]).toBe('USD 25.00');
    expect(service.values[4]?.[W + 2]).toBe(40);
    expect(service.shown[4]?.[W + 2]).toBe('≈ USD 40.00');
    const email = sheet.peek(1, COL.buyer_email as number);
    expect(email.note).toMatch(/^TA ✓ .*\n• error buyer\/email-domestic/);
    expect(email.bg).toBe(HIGHLIGHT.error);
    expect(sheet.peek(3, COL.ship_within_days as number).bg).toBe(HIGHLIGHT.warning);
    expect(sheet.peek(4, 0).note).toBe('');
    expect(sheet.columnWidths.get(W + 2)).toBe(420); // findings column
  });

  it('grows the sheet when the result columns do not fit', () => {
    const { gas, call } = setup();
    const sheet = sheetWith(gas, mixedSheet(3));
    sheet.maxCols = HEADERS.length; // no spare columns
    call('checkOrders');
    expect(gas.calls.byName()['Sheet.insertColumnsAfter']).toBe(1);
    expect(sheet.maxCols).toBe(HEADERS.length + 6);
  });

  it('says so on a sheet that is not an order sheet, and writes nothing', () => {
    const { gas, call } = setup();
    const sheet = sheetWith(gas, [['name'], ['Ann']]);
    call('checkOrders');
    expect(gas.toasts.at(-1)?.msg).toMatch(
      /^None of the first 30 rows of this sheet holds order-sheet headers/,
    );
    expect(sheet.extent()).toEqual({ rows: 2, cols: 1 });
    expect(Object.keys(gas.calls.byName()).some((n) => n.includes('.set'))).toBe(false);
  });

  it('answers in Chinese for a Chinese locale', () => {
    const s = setup({ locale: 'zh_CN' });
    const sheet = sheetWith(s.gas, mixedSheet(2));
    s.call('checkOrders');
    expect(sheet.peek(1, HEADERS.length).v).toBe('✗ 错误');
    expect(s.gas.toasts.at(-1)?.msg.startsWith('已检查 2 行')).toBe(true);
  });

  it('reads date cells made by the script runtime (another realm) as dates', () => {
    const { gas, ctx, call } = setup({ locale: 'en' });
    const d = (iso: string) => vm.runInContext(`new Date(${JSON.stringify(iso)})`, ctx) as Date;
    const headers = ['order_type', 'ship_by_date'];
    // midnight in the sheet's zone (America/Los_Angeles): 2020-01-02 is long past
    const sheet = sheetWith(gas, [headers, ['TA', d('2020-01-02T08:00:00Z')]]);
    call('checkOrders');
    const findings = String(sheet.peek(1, 3).v);
    expect(findings).toContain('shipping/date-past');
    expect(findings).toContain('2020-01-02');
  });

  it('marks a totals row as such and checks it as no order', () => {
    const rows: Value[][] = [...mixedSheet(2), ['合计', '', '', '', '', '', '', 5000]];
    const { sheet, gas } = run(2, rows);
    expect(sheet.peek(3, HEADERS.length).v).toBe('Σ totals row (not an order)');
    expect(gas.toasts.at(-1)?.msg).toBe('Checked 2 rows: 2 errors, 0 warnings.');
  });

  it('refuses up front, writing nothing, when a cell to write is protected; protected cells elsewhere are no matter', () => {
    const { gas, call } = setup();
    const sheet = sheetWith(gas, mixedSheet(8));
    const W = HEADERS.length;
    sheet.protect('A5:Q5'); // a clean order: nothing of it changes
    sheet.protect('D2:D3'); // destinations: fine
    sheet.protect('C2'); // the email of row 2, which gets a note
    const before = sheet.grid(9, W + 6);
    call('checkOrders');
    expect(gas.alerts.at(-1)).toMatch(/protected[^|]*C2[\s\S]*受保护/);
    expect(gas.alerts.at(-1)).not.toMatch(/D2|A5/);
    expect(sheet.grid(9, W + 6)).toEqual(before);

    sheet.protections.pop(); // C2 editable again: nothing protected changes, so the check goes through
    call('checkOrders');
    expect(sheet.peek(1, W).v).toBe('✗ error');
    expect(gas.toasts.at(-1)?.msg).toContain('Checked 8 rows');
  });

  it('refuses when whole rows holding a cell to mark are protected', () => {
    const { gas, call } = setup();
    const sheet = sheetWith(gas, mixedSheet(4));
    sheet.protect('2:2');
    call('checkOrders');
    expect(gas.alerts.at(-1)).toMatch(/protected[^|]*C2/);
    expect(sheet.peek(0, HEADERS.length).v).toBe('');
  });

  it('refuses when the whole sheet is protected except the data entry range', () => {
    const { gas, call } = setup();
    const sheet = sheetWith(gas, mixedSheet(2));
    sheet.protectSheet(['A2:Q1000']);
    call('checkOrders');
    expect(gas.alerts.at(-1)).toMatch(/protected/);
    expect(sheet.peek(0, HEADERS.length).v).toBe('');
  });

  it('waits its turn: a second click while a check holds the lock writes nothing', () => {
    const { gas, call } = setup({ lockHeld: true });
    const sheet = sheetWith(gas, mixedSheet(2));
    call('checkOrders');
    expect(gas.toasts.at(-1)?.msg).toMatch(/still running/);
    expect(sheet.peek(0, HEADERS.length).v).toBe('');
  });

  it('releases the lock after a run, also one that failed', () => {
    const { gas, call } = setup();
    const sheet = sheetWith(gas, mixedSheet(2));
    sheet.protect('D2');
    call('checkOrders');
    expect(gas.locks).toMatchObject({ held: false, taken: 1, released: 1 });
    expect(gas.toasts[0]?.msg).toBe('Checking the orders…');
  });

  it('leaves a cell whose own note is near the 50,000-character limit unmarked, instead of failing', () => {
    const { gas, call } = setup();
    const sheet = sheetWith(gas, mixedSheet(2));
    const long = 'x'.repeat(49_990);
    sheet.cell(1, COL.buyer_email as number).note = long;
    call('checkOrders');
    expect(gas.alerts).toEqual([]);
    expect(sheet.peek(1, COL.buyer_email as number).note).toBe(long);
    expect(String(sheet.peek(1, HEADERS.length + 1).v)).toContain('buyer/email-domestic');
  });

  it('lists the problems in the sidebar, and a click selects the cell', () => {
    const { gas, call } = setup();
    sheetWith(gas, mixedSheet(8));
    call('checkOrders');
    const boot = bootOf(gas.sidebars.at(-1)?.content ?? '');
    expect(boot.tab).toBe('problems');
    expect(boot.problems.counts).toEqual({ error: 4, warning: 2, info: 0 });
    expect(boot.problems.groups.map((g: { rule: string; count: number }) => `${g.rule}×${g.count}`)).toEqual([
      'amount/invalid×2',
      'buyer/email-domestic×2',
      'shipping/days-too-short×2',
    ]);
    const cell = boot.problems.groups[1].items[0].cell;
    expect(cell).toBe('C2');
    call('selectCell', 'Sheet1', cell);
    expect(gas.active.activeRange).toBe('C2');
  });
});

describe('onEdit', () => {
  it('clears the marks of an edited row and says to check again; other rows keep theirs', () => {
    const { gas, call } = setup();
    const sheet = sheetWith(gas, mixedSheet(8));
    const e = COL.buyer_email as number;
    sheet.cell(1, e).note = 'ask for company mail';
    call('checkOrders');
    expect(sheet.peek(1, e).bg).toBe(HIGHLIGHT.error);
    sheet.cell(1, e).v = 'buyer@example.com'; // the user fixes the mailbox
    gas.calls.reset();
    call('onEdit', { range: sheet.getRange(2, e + 1) });
    expect(sheet.peek(1, e).note).toBe('ask for company mail');
    expect(sheet.peek(1, e).bg).toBe('#ffffff');
    expect(sheet.peek(1, HEADERS.length).v).toBe('↻ edited since the check: check again');
    expect(sheet.peek(5, e).bg).toBe(HIGHLIGHT.error); // row 6 not edited
    expect(sheet.peek(5, HEADERS.length).v).toBe('✗ error');
    expect(callsOf(gas.calls.byName()).total).toBeLessThan(25);
  });

  it('leaves the header row and sheets without results alone', () => {
    const { gas, call } = setup();
    const sheet = sheetWith(gas, mixedSheet(2));
    call('onEdit', { range: sheet.getRange(2, 1) }); // never checked: nothing to clear
    call('onEdit', { range: sheet.getRange(1, 1) });
    expect(Object.keys(gas.calls.byName()).some((n) => n.includes('.set'))).toBe(false);
  });
});

function bootOf(html: string) {
  return JSON.parse(
    /<script type="application\/json" id="ta-boot">(.*?)<\/script>/.exec(html)?.[1] ?? 'null',
  );
}

describe('inputs are never changed; Clear restores', () => {
  function userSheet(gas: FakeGas) {
    const sheet = sheetWith(gas, mixedSheet(40));
    const e = COL.buyer_email as number;
    // the user's own notes and fills: on an offending cell, on a clean one, and on the header
    sheet.cell(1, e).note = 'ask for company mail';
    sheet.cell(1, e).bg = '#d9ead3';
    sheet.cell(4, 0).note = 'VIP';
    sheet.cell(4, 0).bg = '#cfe2f3';
    sheet.cell(0, 2).bg = '#fce5cd';
    return sheet;
  }

  it('Check, Check again, Clear: input cells identical, notes and fills back', () => {
    const { gas, call } = setup();
    const sheet = userSheet(gas);
    const W = HEADERS.length;
    const before = sheet.grid(41, W);
    call('checkOrders');
    const after1 = sheet.grid(41, W + 6);
    expect(after1.values.map((r) => r.slice(0, W))).toEqual(before.values);
    expect(after1.notes[1]?.[COL.buyer_email as number]).toContain('ask for company mail');
    call('checkOrders');
    expect(sheet.grid(41, W + 6)).toEqual(after1); // idempotent
    call('clearResults');
    const cleared = sheet.grid(41, W + 6);
    expect(cleared.values.map((r) => r.slice(0, W))).toEqual(before.values);
    expect(cleared.notes.map((r) => r.slice(0, W))).toEqual(before.notes);
    expect(cleared.bgs.map((r) => r.slice(0, W))).toEqual(before.bgs);
    expect(cleared.values.every((r) => r.slice(W).every((v) => v === ''))).toBe(true);
    expect(gas.toasts.at(-1)?.msg).toBe('Removed 6 result columns and restored 30 cells.');
  });

  it('a collaborator’s note on a cell the check does not change is not written over', () => {
    const { gas, call } = setup();
    const sheet = userSheet(gas);
    call('checkOrders');
    sheet.cell(5, 0).note = 'added by a colleague after the check';
    gas.calls.reset();
    call('checkOrders');
    expect(sheet.peek(5, 0).note).toBe('added by a colleague after the check');
    expect(callsOf(gas.calls.byName()).marks).toBe(0);
  });

  it('Clear makes O(rows / chunk) calls when every mark is the same', () => {
    const counts = [5, 5000].map((n) => {
      const { gas, call } = setup();
      sheetWith(gas, mixedSheet(n));
      call('checkOrders');
      gas.calls.reset();
      call('clearResults');
      return callsOf(gas.calls.byName());
    });
    expect(counts[0]?.reads).toBe(5);
    expect(counts[1]?.reads).toBe(10); // 5,001 rows: 2 chunks
    // 3,750 marked cells all go back to no note and no fill: one RangeList per 500 cells for each
    expect(counts[1]?.marks).toBe(16);
    expect(counts[1]?.total).toBeLessThan(80);
  }, 60_000);
});

describe('settings', () => {
  it('are saved through core and used by Check orders', () => {
    const { gas, call } = setup();
    const res = call('saveSettings', JSON.stringify({ serviceFeeRate: '0.015', membership: 'gold' })) as {
      settings: Record<string, unknown>;
      findings: { rule: string }[];
    };
    expect(res.settings.serviceFeeRate).toBe('0.015');
    expect(res.findings.length).toBeGreaterThan(0); // "gold" is no membership
    expect(JSON.parse(gas.docProps.get('ta-toolkit.settings') ?? '{}')).toEqual({ serviceFeeRate: '0.015' });
    const sheet = sheetWith(gas, mixedSheet(4));
    call('checkOrders');
    expect(sheet.peek(4, HEADERS.length + 3).v).toBe(37.5); // 1.5% of 2,500
  });

  it('open in the sidebar with the stored settings and the user language', () => {
    const { gas, call } = setup({ locale: 'zh_TW' });
    gas.docProps.set('ta-toolkit.settings', JSON.stringify({ usdCny: '7.1000' }));
    call('showSettings');
    const html = gas.sidebars.at(-1);
    expect(html?.title).toBe('信保卖家设置');
    const boot = /<script type="application\/json" id="ta-boot">(.*?)<\/script>/.exec(
      html?.content ?? '',
    )?.[1];
    expect(JSON.parse(boot ?? 'null')).toEqual({
      tab: 'settings',
      lang: 'zh',
      settings: { usdCny: '7.1000' },
      problems: null,
    });
  });

  it('cannot break out of the boot script', () => {
    const { gas, call } = setup();
    gas.docProps.set('ta-toolkit.settings', '{"taQuota":"</script><script>alert(1)</script>"}');
    call('showFeeCalculator');
    const content = gas.sidebars.at(-1)?.content ?? '';
    expect(content.split('</script>')).toHaveLength(3); // the bundle's and the boot script's
  });
});

describe('order template', () => {
  it('inserts a sheet with Chinese headers, dropdowns, a frozen header and examples', () => {
    const { gas, call } = setup({ locale: 'en' });
    call('insertTemplateZh');
    const sheet = gas.sheets.at(-1);
    expect(sheet?.name).toBe('信保订单');
    expect(sheet?.frozenRows).toBe(1);
    expect(sheet?.peek(0, 1).v).toBe('订单类型');
    expect(sheet?.peek(0, 1).bold).toBe(true);
    expect(sheet?.peek(1, 1).v).toBe('信用保障');
    expect(sheet?.peek(5, 1).validation?.values).toEqual(['信用保障', 'e收汇']);
    expect(sheet?.peek(4999, 1).validation?.values).toEqual(['信用保障', 'e收汇']); // not only rows 2–1,000
    expect(sheet?.peek(0, 1).validation).toBeUndefined();
  });

  it('picks a free name the second time, and the inserted template, stored as Sheets stores it, checks clean', () => {
    const { gas, call } = setup();
    call('insertTemplateEn');
    call('insertTemplateEn');
    expect(gas.sheets.map((s) => s.name)).toEqual(['Sheet1', 'TA orders', 'TA orders 2']);
    const advance = gas.active.grid(3, 40).values[0]?.indexOf('advance') as number;
    expect(gas.active.peek(2, advance)).toMatchObject({ v: 0.3, fmt: '0%' }); // PO-1002's 30%
    call('checkOrders');
    expect(gas.toasts.at(-1)?.msg).toBe('Checked 3 rows: 0 errors, 1 warning.');
  });
});

describe('custom functions in the script runtime', () => {
  it('answer single values and ranges', () => {
    const { call } = setup();
    expect(call('TA_PAYMENT_FEE', 2500, 'tt-intl')).toBe(40);
    expect(call('TA_PAYMENT_FEE', [[100], [200], ['']], 'card', 'low')).toEqual([[2.95], [5.9], ['']]);
    expect(call('TA_SERVICE_FEE', 2500, 'self', 'platform')).toBe(25);
    expect(call('TA_WITHDRAWAL_FEE', 8000, 'onetouch', 'USD', 'corporate')).toBe(15);
    expect(call('TA_CHECK', [HEADERS], mixedSheet(2).slice(1), 'en', '', '2026-11-20')).toEqual([
      [expect.stringMatching(/^error buyer\/email-domestic/)],
      [expect.stringMatching(/^error amount\/invalid/)],
    ]);
  });

  it('TA_CHECK on 2,000 rows with a date column asks for the time zone once', () => {
    const { gas, ctx, call } = setup();
    const d = vm.runInContext('new Date("2026-12-20T08:00:00Z")', ctx) as Date;
    const rows = Array.from({ length: 2000 }, () => ['TA', d]);
    const out = call(
      'TA_CHECK',
      [['order_type', 'ship_by_date']],
      rows,
      'en',
      '',
      '2026-11-20',
    ) as string[][];
    expect(out).toHaveLength(2000);
    expect(out[0]?.[0]).not.toMatch(/ship_by_date/); // 2026-12-20 read as that day: a month ahead, fine
    expect(gas.calls.byName()['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
  });

  it('throw an Error whose message says what is wrong', () => {
    const { call } = setup();
    expect(() => call('TA_PAYMENT_FEE', 'abc', 'card')).toThrow(
      /TA_PAYMENT_FEE: amount "abc" is not an amount/,
    );
    expect(() => call('TA_PAYMENT_FEE', 100, 'bitcoin')).toThrow(/unknown payment method "bitcoin"/);
    expect(() => call('TA_SERVICE_FEE', 100, 'market')).toThrow(/not computed/);
    expect(() => call('TA_PAYMENT_FEE', [[1], ['x']], 'card')).toThrow(/row 2, column 1/);
  });
});
