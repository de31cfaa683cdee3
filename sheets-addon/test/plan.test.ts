import { describe, expect, it } from 'vitest';
import { checkSheet } from '../src/check.ts';
import {
  decodeNote,
  encodeNote,
  HIGHLIGHT,
  isOwnNote,
  MARK,
  RESULT_COLUMNS,
  resultHeader,
} from '../src/marks.ts';
import { cellWrites, coreInput, layoutOf, planCheck, planClear, type Snapshot } from '../src/plan.ts';
import { COL, goodRow, HEADERS, HEADERS_ZH, mixedSheet } from './orders.ts';
import { applyPlan, asCell, blankSnapshot, inputPart, writtenCells } from './sim.ts';

const TODAY = '2026-11-20';
const W = HEADERS.length;

function check(s: Snapshot, lang: 'en' | 'zh' = 'en', settings = {}) {
  return checkSheet(s, settings, lang, TODAY);
}

describe('notes', () => {
  const f = {
    rule: 'buyer/email-domestic',
    severity: 'error' as const,
    field: 'buyer_email' as const,
    key: 'buyer/email-domestic|buyer_email',
    message: { en: 'bad mail', zh: '邮箱不对' },
  };
  it('round-trips the original note and background', () => {
    const note = encodeNote([f], 'en', { note: 'call Anna\nsecond line', background: '#00ff00' });
    expect(isOwnNote(note)).toBe(true);
    expect(note).toContain('buyer/email-domestic: bad mail');
    expect(decodeNote(note)).toEqual({ note: 'call Anna\nsecond line', background: '#00ff00' });
  });
  it('has no "before" part when the cell had nothing', () => {
    const note = encodeNote([f], 'zh', { note: '', background: null });
    expect(note).toContain('邮箱不对');
    expect(decodeNote(note)).toEqual({ note: '', background: null });
  });
  it('is not confused by user notes', () => {
    expect(decodeNote('my note')).toBeNull();
    expect(decodeNote('')).toBeNull();
  });
});

describe('layout', () => {
  it('finds input and own columns by header', () => {
    const header = [
      'order_type',
      `${MARK} Status / 状态`,
      'currency',
      `${MARK} Findings`,
      `${MARK} something old`,
    ];
    const l = layoutOf([header.map(asCell)]);
    expect(l.inputCols).toEqual([0, 2]);
    expect(l.own).toEqual({ status: 1, findings: 3 });
    expect(l.ownCols).toEqual([1, 3, 4]);
  });
  it('core input drops own columns, blank rows and totals rows, maps sheet rows', () => {
    const values = [
      ['order_type', `${MARK} Status / 状态`],
      ['TA', 'old'],
      ['', 'stale'],
      ['DPO', ''],
      ['合计', ''],
      ['Total:', ''],
    ];
    const { rows, sheetRow, totals } = coreInput(values, layoutOf(values));
    expect(rows).toEqual([['order_type'], ['TA'], ['DPO']]);
    expect(sheetRow).toEqual([1, 2, 4]);
    expect(totals).toEqual([4, 5]);
  });
  it('core input starts at the header row and tells totals rows as ta-check does (core classifyRow)', () => {
    const values = [
      ['2026年11月 信用保障订单汇总', ''],
      ['order_ref', 'order_type'],
      ['PO-1', 'TA'],
      ['共计', ''],
      ['Sum', ''],
      // a totals word with an order type of its own is an order
      ['Total', 'TA'],
    ];
    const { rows, sheetRow, totals } = coreInput(values, layoutOf(values, 1));
    expect(rows).toEqual([
      ['order_ref', 'order_type'],
      ['PO-1', 'TA'],
      ['Total', 'TA'],
    ]);
    expect(sheetRow).toEqual([2, 3, 6]);
    expect(totals).toEqual([3, 4]);
  });
});

describe('Check orders plan', () => {
  const snap = blankSnapshot(mixedSheet(8));
  const res = check(snap);
  const plan = res.plan;
  if (!plan) throw new Error('no plan');

  it('writes the six result columns right of the data, in one block', () => {
    expect(plan.results).toHaveLength(1);
    const b = plan.results[0];
    expect(b?.col).toBe(W);
    expect(b?.row).toBe(0);
    expect(b?.values[0]).toEqual(RESULT_COLUMNS.map(resultHeader));
    expect(b?.values).toHaveLength(9);
    expect(plan.width).toBe(W + 6);
  });

  it('fills status, findings and fees per row: a fee is a number with its currency in the format', () => {
    const v = plan.results[0]?.values ?? [];
    const f = plan.results[0]?.formats ?? [];
    expect(v[1]?.[0]).toBe('✗ error');
    expect(v[1]?.[1]).toContain('buyer/email-domestic (buyer_email)');
    expect(v[2]?.[1]).toContain('amount/invalid (unit_price)');
    expect(v[3]?.[0]).toBe('⚠ warning');
    expect(v[4]?.[0]).toBe('✓ ok');
    expect(v[4]?.[1]).toBe('');
    expect(v[4]?.[2]).toBe(40); // tt-intl: about USD 40
    expect(f[4]?.[2]).toBe('"≈ "[$USD] #,##0.00');
    expect(v[4]?.[3]).toBe(25); // self, platform logistics: 1% of 2,500
    expect(f[4]?.[3]).toBe('[$USD] #,##0.00');
    expect(v[4]?.[4]).toBe('—'); // no withdrawal planned
    expect(f[4]?.[4]).toBe('@');
    expect(f[0]).toEqual(['@', '@', '@', '@', '@', '@']);
  });

  it('notes and highlights exactly the offending input cells', () => {
    const after = applyPlan(snap, plan);
    const marked: string[] = [];
    after.notes.forEach((row, r) => {
      row.forEach((n, c) => {
        if (isOwnNote(n)) marked.push(`${r},${c}`);
      });
    });
    // rows 1,5 (email), 2,6 (unit price), 3,7 (ship days)
    const e = COL.buyer_email;
    const u = COL.unit_price;
    const d = COL.ship_within_days;
    expect(marked.sort()).toEqual([`1,${e}`, `2,${u}`, `3,${d}`, `5,${e}`, `6,${u}`, `7,${d}`].sort());
    expect(after.backgrounds[1]?.[e as number]).toBe(HIGHLIGHT.error);
    expect(after.backgrounds[3]?.[d as number]).toBe(HIGHLIGHT.warning);
    expect(plan.markedCells).toBe(6);
  });

  it('never writes a value into an input column, and touches only the marked cells', () => {
    for (const b of plan.results) expect(b.col).toBeGreaterThanOrEqual(W);
    const e = COL.buyer_email;
    const u = COL.unit_price;
    const d = COL.ship_within_days;
    expect(new Set(writtenCells(plan))).toEqual(
      new Set([`1,${e}`, `2,${u}`, `3,${d}`, `5,${e}`, `6,${u}`, `7,${d}`]),
    );
    const after = applyPlan(snap, plan);
    expect(inputPart(after, W).values).toEqual(snap.values);
  });

  it('is idempotent: a second run writes nothing new', () => {
    const once = applyPlan(snap, plan);
    const again = check(once).plan;
    if (!again) throw new Error('no plan');
    expect(writtenCells(again)).toEqual([]);
    expect(again.results[0]?.col).toBe(W); // reuses its own columns
    expect(again.newColumns).toEqual([]);
    expect(applyPlan(once, again)).toEqual(once);
  });

  it('Clear gives back the sheet as it was', () => {
    const once = applyPlan(snap, plan);
    const cleared = applyPlan(once, planClear(once, layoutOf(once.values)));
    expect(cleared).toEqual(snap);
  });

  it('Clear counts what it removed', () => {
    const once = applyPlan(snap, plan);
    const p = planClear(once, layoutOf(once.values));
    expect(p.markedCells).toBe(6);
    expect(p.resultColumns).toBe(6);
  });
});

describe('original notes and backgrounds', () => {
  function withUserMarks() {
    const s = blankSnapshot(mixedSheet(4));
    const e = COL.buyer_email as number;
    (s.notes[1] as string[])[e] = 'asked buyer for a company mail';
    (s.backgrounds[1] as string[])[e] = '#d9ead3';
    (s.notes[4] as string[])[0] = 'VIP';
    (s.backgrounds[4] as string[])[0] = '#cfe2f3';
    return s;
  }

  it('keeps them through check, re-check and clear', () => {
    const s = withUserMarks();
    const e = COL.buyer_email as number;
    const once = applyPlan(s, check(s).plan as never);
    expect(once.notes[1]?.[e]).toContain('asked buyer for a company mail');
    expect(once.backgrounds[1]?.[e]).toBe(HIGHLIGHT.error);
    expect(once.notes[4]?.[0]).toBe('VIP'); // untouched cell
    const twice = applyPlan(once, check(once).plan as never);
    expect(twice).toEqual(once);
    const cleared = applyPlan(twice, planClear(twice, layoutOf(twice.values)));
    expect(cleared).toEqual(s);
  });

  it('restores a cell whose problem was fixed before the re-run', () => {
    const s = withUserMarks();
    const e = COL.buyer_email as number;
    const once = applyPlan(s, check(s).plan as never);
    (once.values[1] as unknown[])[e] = 'buyer@example.com';
    const fix = check(once).plan as never;
    expect(writtenCells(fix)).toEqual([`1,${e}`, `1,${e}`]); // its note and its fill, nothing else
    const twice = applyPlan(once, fix);
    expect(twice.notes[1]?.[e]).toBe('asked buyer for a company mail');
    expect(twice.backgrounds[1]?.[e]).toBe('#d9ead3');
    expect(twice.values[1]?.[W]).toBe('✓ ok');
  });

  it('marks travel with their rows when the sheet is sorted', () => {
    const s = withUserMarks();
    const once = applyPlan(s, check(s).plan as never);
    // reverse the order rows (as Data › Sort would), notes and fills move with the cells
    const rev = <T>(g: T[][]) => [g[0] as T[], ...g.slice(1).reverse()];
    const sorted = { values: rev(once.values), notes: rev(once.notes), backgrounds: rev(once.backgrounds) };
    const cleared = applyPlan(sorted, planClear(sorted, layoutOf(sorted.values)));
    const expected = { values: rev(s.values), notes: rev(s.notes), backgrounds: rev(s.backgrounds) };
    expect(cleared).toEqual(expected);
  });
});

describe('sheets people make', () => {
  it('accepts Chinese headers and answers in Chinese', () => {
    const bad = goodRow(2);
    bad[2] = 'wang@163.com';
    const s = blankSnapshot([HEADERS_ZH, goodRow(1), bad]);
    const plan = check(s, 'zh').plan;
    const v = plan?.results[0]?.values ?? [];
    expect(v[1]?.[0]).toBe('✓ 通过');
    expect(v[2]?.[0]).toBe('✗ 错误');
    expect(v[2]?.[1]).toMatch(/buyer\/email-domestic.*[\u4e00-\u9fff]/);
  });

  it('leaves blank rows without results and does not count them', () => {
    const rows = [HEADERS, goodRow(1), HEADERS.map(() => ''), goodRow(3)];
    const res = check(blankSnapshot(rows));
    const v = res.plan?.results[0]?.values ?? [];
    expect(v[2]).toEqual(['', '', '', '', '', '']);
    expect(v[3]?.[0]).toBe('✓ ok');
    expect(res.report?.summary.rows).toBe(2);
  });

  it('rewrites stale results of rows that became blank', () => {
    const s = blankSnapshot(mixedSheet(3));
    const once = applyPlan(s, check(s).plan as never);
    once.values[3] = (once.values[3] as Snapshot['values'][number]).map((v, c) => (c < W ? '' : v));
    const twice = applyPlan(once, check(once).plan as never);
    expect(twice.values[3]?.slice(W)).toEqual(['', '', '', '', '', '']);
  });

  it('reuses its columns wherever the user moved them', () => {
    const s = blankSnapshot(mixedSheet(2));
    const once = applyPlan(s, check(s).plan as never);
    // user inserts a column of their own between the data and the results
    const moved: Snapshot = {
      values: once.values.map((r, i) => [...r.slice(0, W), i === 0 ? 'extra' : `x${i}`, ...r.slice(W)]),
      notes: once.notes.map((r) => [...r.slice(0, W), '', ...r.slice(W)]),
      backgrounds: once.backgrounds.map((r) => [...r.slice(0, W), '#ffffff', ...r.slice(W)]),
    };
    const plan = check(moved).plan;
    expect(plan?.results.map((b) => b.col)).toEqual([W + 1]);
    expect(applyPlan(moved, plan as never).values.map((r) => r[W])).toEqual(['extra', 'x1', 'x2']);
  });

  it('does nothing on a sheet that is not an order sheet', () => {
    const res = check(
      blankSnapshot([
        ['name', 'phone'],
        ['Ann', '123'],
      ]),
    );
    expect(res.plan).toBeNull();
    expect(res.notOrderSheet).toBe(true);
  });

  it('does nothing on a header-only sheet', () => {
    const res = check(blankSnapshot([HEADERS]));
    expect(res.plan).toBeNull();
    expect(res.notOrderSheet).toBe(false);
  });

  it('uses the seller settings', () => {
    const rows = [HEADERS, goodRow(1)];
    const plain = check(blankSnapshot(rows)).plan?.results[0]?.values[1]?.[3];
    const own = check(blankSnapshot(rows), 'en', { serviceFeeRate: '0.015' }).plan?.results[0]
      ?.values[1]?.[3];
    expect(plain).toBe(25);
    expect(own).toBe(37.5);
  });
});

describe('cell writes', () => {
  it('a value on many cells is one RangeList write; differing values go down a column in runs', () => {
    const change = (row: number, col: number, value: string) => ({ row, col, value });
    const w = cellWrites(
      [
        change(1, 2, 'a'),
        change(1, 3, 'x'),
        change(2, 2, 'b'),
        change(3, 2, 'c'),
        change(3, 3, 'x'),
        change(5, 2, 'd'),
      ],
      (v) => v,
    );
    expect(w.same).toEqual([
      {
        value: 'x',
        spans: [
          { row: 1, col: 3, height: 1 },
          { row: 3, col: 3, height: 1 },
        ],
      },
    ]);
    expect(w.runs).toEqual([
      { row: 1, col: 2, values: ['a', 'b', 'c'] },
      { row: 5, col: 2, values: ['d'] },
    ]);
  });
});

describe('planCheck with a hand-made report', () => {
  it('maps core rows back to sheet rows and ignores info findings for marks', () => {
    const values = [
      ['order_type', 'currency'],
      ['', ''],
      ['TA', 'XYZ'],
    ];
    const s = blankSnapshot(values);
    const layout = layoutOf(s.values);
    const input = coreInput(s.values, layout);
    const plan = planCheck(
      s,
      layout,
      {
        rows: [
          {
            row: 2,
            ref: null,
            findings: [
              {
                rule: 'currency/unsupported',
                severity: 'error',
                field: 'currency',
                key: 'currency/unsupported|currency',
                message: { en: 'no', zh: '不' },
              },
              {
                rule: 'export/onetouch-review',
                severity: 'info',
                field: 'order_type',
                key: 'export/onetouch-review|order_type',
                message: { en: 'fyi', zh: '注意' },
              },
            ],
            fees: { payment: null, service: null, withdrawal: null },
            net: null,
            exact: { payment: null, service: null, withdrawal: null, net: null },
            cells: { order_type: 0, currency: 1 },
          },
        ],
        summary: { rows: 1, errors: 1, warnings: 0 },
      },
      input,
      'en',
    );
    expect(plan.markNotes).toEqual({
      same: [],
      runs: [{ row: 2, col: 1, values: [expect.stringContaining('currency/unsupported')] }], // one cell
    });
    expect(plan.fills).toEqual({ same: [], runs: [{ row: 2, col: 1, values: [HIGHLIGHT.error] }] });
    expect(plan.restoreNotes).toEqual({ same: [], runs: [] });
    expect(plan.results[0]?.values[2]?.[1]).toContain('info export/onetouch-review');
  });
});
