/**
 * dist/Code.js as Apps Script runs it: loaded into a bare V8 context (no eval) with in-memory fakes of the
 * services it uses, every call counted.
 */
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT, MARK } from '../src/marks.ts';
import { build, DIST, ENTRY_POINTS } from './built.ts';
import { createFakeGas, type FakeGas, loadCode, type Value } from './fake-gas.ts';
import { COL, HEADERS, mixedSheet } from './orders.ts';

let code = '';
beforeAll(() => {
  code = build().code;
}, 120_000);

type Fn = (...a: unknown[]) => unknown;
function setup(opts: { locale?: string; authModeNone?: boolean } = {}) {
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
  it('is built in AuthMode.NONE with only menu calls, bilingual labels, handlers that exist', () => {
    const { gas, ctx, call } = setup({ authModeNone: true });
    call('onOpen', { authMode: 'NONE' });
    expect(
      Object.keys(gas.calls.byName()).every(
        (n) => n.startsWith('Menu.') || n.startsWith('Ui.') || n === 'SpreadsheetApp.getUi',
      ),
    ).toBe(true);
    const addon = gas.menus.find((m) => m.title === 'addon');
    expect(addon).toBeDefined();
    const labels = addon?.items.map((i) => i.label) ?? [];
    expect(labels).toEqual([
      'Check orders · 检查订单',
      'Insert order template · 插入订单模板',
      'Fee calculator · 费用计算器',
      'Settings · 设置',
      '',
      'Clear results · 清除结果',
    ]);
    const handlers = addon?.items.flatMap((i) => (i.sub ? i.sub.map((s) => s.fn) : i.fn ? [i.fn] : [])) ?? [];
    expect(handlers).toEqual([
      'checkOrders',
      'insertTemplateEn',
      'insertTemplateZh',
      'showFeeCalculator',
      'showSettings',
      'clearResults',
    ]);
    for (const h of handlers) expect(typeof ctx[h as string]).toBe('function');
  });

  it('onInstall builds the same menu', () => {
    const { gas, call } = setup();
    call('onInstall', {});
    expect(gas.menus.find((m) => m.title === 'addon')?.items).toHaveLength(6);
  });
});

describe('Check orders', () => {
  function run(n: number) {
    const { gas, call } = setup();
    const sheet = sheetWith(gas, mixedSheet(n));
    call('checkOrders');
    return { gas, sheet, calls: gas.calls.byName(), total: gas.calls.count, call };
  }

  it('makes the same service calls for 10 and for 10,000 rows', () => {
    const small = run(10);
    const big = run(10_000);
    expect(big.calls).toEqual(small.calls);
    expect(small.total).toBeLessThanOrEqual(20);
    // one read of values, notes and backgrounds each; one write each
    expect(small.calls['Range.getValues']).toBe(1);
    expect(small.calls['Range.getNotes']).toBe(1);
    expect(small.calls['Range.getBackgrounds']).toBe(1);
    expect(small.calls['Range.setValues']).toBe(1);
    expect(small.calls['Range.setNotes']).toBe(1);
    expect(small.calls['Range.setBackgrounds']).toBe(1);
    expect(big.gas.toasts.at(-1)?.msg).toContain('Checked 10000 rows: 5000 errors, 2500 warnings.');
    expect(big.gas.toasts.at(-1)?.msg).toContain('已检查 10000 行：5000 个错误，2500 个警告。');
  });

  it('writes results right of the data, notes and highlights on offending cells', () => {
    const { sheet } = run(4);
    const W = HEADERS.length;
    expect(sheet.peek(0, W).v).toBe(`${MARK} Status / 状态`);
    expect(sheet.peek(1, W).v).toBe('✗ error');
    expect(sheet.peek(4, W).v).toBe('✓ ok');
    const email = sheet.peek(1, COL.buyer_email as number);
    expect(email.note).toMatch(/^TA ✓ .*\n• error buyer\/email-domestic/);
    expect(email.bg).toBe(HIGHLIGHT.error);
    expect(sheet.peek(3, COL.ship_within_days as number).bg).toBe(HIGHLIGHT.warning);
    expect(sheet.peek(4, 0).note).toBe('');
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
    expect(gas.toasts.at(-1)?.msg).toMatch(/no order-sheet headers/);
    expect(sheet.extent()).toEqual({ rows: 2, cols: 1 });
    expect(Object.keys(gas.calls.byName()).some((n) => n.startsWith('Range.set'))).toBe(false);
  });

  it('answers in Chinese for a Chinese locale', () => {
    const { gas, sheet, call } = (() => {
      const s = setup({ locale: 'zh_CN' });
      return { ...s, sheet: sheetWith(s.gas, mixedSheet(2)) };
    })();
    call('checkOrders');
    expect(sheet.peek(1, HEADERS.length).v).toBe('✗ 错误');
    expect(gas.toasts.at(-1)?.msg.startsWith('已检查 2 行')).toBe(true);
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
});

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
    expect(gas.toasts.at(-1)?.msg).toContain('Removed 6 result columns and restored 30 cells.');
  });

  it('Clear makes a constant number of calls too', () => {
    const counts = [5, 5000].map((n) => {
      const { gas, call } = setup();
      sheetWith(gas, mixedSheet(n));
      call('checkOrders');
      gas.calls.reset();
      call('clearResults');
      return gas.calls.byName();
    });
    expect(counts[1]).toEqual(counts[0]);
  });
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
    expect(sheet.peek(4, HEADERS.length + 3).v).toBe('USD 37.50'); // 1.5% of 2,500
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
    expect(sheet?.peek(0, 1).validation).toBeUndefined();
  });

  it('picks a free name the second time, and the inserted template checks clean', () => {
    const { gas, call } = setup();
    call('insertTemplateEn');
    call('insertTemplateEn');
    expect(gas.sheets.map((s) => s.name)).toEqual(['Sheet1', 'TA orders', 'TA orders 2']);
    call('checkOrders');
    expect(gas.toasts.at(-1)?.msg).toContain('Checked 3 rows: 0 errors, 1 warning.');
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
