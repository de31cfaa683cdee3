import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOrder } from '../src/check/check-order.ts';
import { runCli } from '../src/cli/main.ts';
import { OrderInputSchema, parseOrderInput, ReportSchema } from '../src/schemas.ts';
import { SETTINGS, TODAY, VALID_ORDER } from './rules/base-order.ts';

const root = join(import.meta.dirname, '../..');

describe('ReportSchema (the JSON report contract)', () => {
  it.each(['examples/orders.csv', 'examples/orders-zh.csv'])(
    'accepts what ta-check prints for %s',
    async (file) => {
      const { stdout } = await runCli([
        join(root, file),
        '--format',
        'json',
        '--settings',
        join(root, 'examples/settings.json'),
      ]);
      const result = ReportSchema.safeParse(JSON.parse(stdout));
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    },
  );

  it('rejects an extra key, a float amount and an unknown rule', () => {
    const row = {
      row: 2,
      ref: null,
      findings: [],
      fees: { payment: null, service: null, withdrawal: null },
    };
    const ok = { rows: [row], summary: { rows: 1, errors: 0, warnings: 0 } };
    expect(ReportSchema.safeParse(ok).success).toBe(true);
    expect(ReportSchema.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    const fee = { currency: 'USD', low: 73.75, high: '73.75', approximate: false, source: 'x' };
    expect(
      ReportSchema.safeParse({ ...ok, rows: [{ ...row, fees: { ...row.fees, payment: fee } }] }).success,
    ).toBe(false);
    const finding = { rule: 'made/up', severity: 'error', field: 'advance', message: { en: 'a', zh: 'b' } };
    expect(ReportSchema.safeParse({ ...ok, rows: [{ ...row, findings: [finding] }] }).success).toBe(false);
  });
});

describe('parseOrderInput (an order draft from JSON)', () => {
  it('keeps a valid draft as it is, which then checks like the original', () => {
    const { input, findings } = parseOrderInput(JSON.parse(JSON.stringify(VALID_ORDER)));
    expect(findings).toEqual([]);
    expect(OrderInputSchema.safeParse(input).success).toBe(true);
    expect(checkOrder(input, SETTINGS, TODAY)).toEqual(checkOrder(VALID_ORDER, SETTINGS, TODAY));
  });

  it('names unknown keys and non-cell values, and keeps the rest', () => {
    const { input, findings } = parseOrderInput({ order_type: 'TA', advanse: '30%', quantity: { n: 2 } });
    expect(input).toEqual({ order_type: 'TA' });
    expect(findings.map((f) => f.rule)).toEqual(['input/invalid', 'input/invalid']);
    expect(findings[0]?.message.en).toContain('advanse');
    expect(findings[1]?.message.en).toContain('quantity');
  });

  it('answers a non-object with a finding, not an exception', () => {
    for (const json of [null, 42, 'TA', [1, 2]]) {
      const { input, findings } = parseOrderInput(json);
      expect(input).toEqual({});
      expect(findings).toHaveLength(1);
    }
  });
});

describe('zod configuration', () => {
  it('runs jitless once core is loaded (no new Function under a strict CSP or in Apps Script)', async () => {
    await import('../src/index.ts');
    const { config } = await import('zod/mini');
    expect(config().jitless).toBe(true);
  });
});
