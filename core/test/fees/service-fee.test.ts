import { describe, expect, it } from 'vitest';
import { serviceFee } from '../../src/fees/service-fee.ts';
import { EXPORT_MODES, resolveExportMode } from '../../src/tables/export-modes.ts';
import type { Fee } from '../../src/types.ts';

const usd = (minor: number) => ({ minor, currency: 'USD' as const });
const cny = (minor: number) => ({ minor, currency: 'CNY' as const });
const fee = (currency: Fee['currency'], low: number, high: number, source: string): Fee => ({
  currency,
  low,
  high,
  approximate: false,
  source,
});
const rate = { usdCny: '7.1000' };

describe('serviceFee: self-export / convenient shipping (1% platform, 2% third-party, cap USD 100)', () => {
  it('1% of 2,500.00 = 25.00 with platform logistics', () => {
    expect(
      serviceFee({ amount: usd(250000), exportMode: 'self', logistics: 'platform', settings: {} }),
    ).toEqual({
      fee: fee('USD', 2500, 2500, 'rules.md §5 self'),
      findings: [],
    });
  });
  it('2% of 6,000.00 = 120.00 -> capped at 100.00', () => {
    expect(
      serviceFee({ amount: usd(600000), exportMode: '自营出口', logistics: 'third-party', settings: {} }).fee,
    ).toEqual(fee('USD', 10000, 10000, 'rules.md §5 self'));
  });
  it('unknown logistics: the range 1%..2%, each capped', () => {
    expect(serviceFee({ amount: usd(250000), exportMode: 'self', settings: {} }).fee).toEqual(
      fee('USD', 2500, 5000, 'rules.md §5 self'),
    );
    expect(serviceFee({ amount: usd(600000), exportMode: 'convenient', settings: {} }).fee).toEqual(
      fee('USD', 6000, 10000, 'rules.md §5 convenient'),
    );
    expect(serviceFee({ amount: usd(2000000), exportMode: 'self', logistics: '', settings: {} }).fee).toEqual(
      fee('USD', 10000, 10000, 'rules.md §5 self'),
    );
  });
  it('Chinese logistics names', () => {
    expect(
      serviceFee({ amount: usd(250000), exportMode: 'self', logistics: '平台物流', settings: {} }).fee?.high,
    ).toBe(2500);
    expect(
      serviceFee({ amount: usd(250000), exportMode: 'self', logistics: '第三方', settings: {} }).fee?.low,
    ).toBe(5000);
  });
  it('settings.serviceFeeRate overrides the 1%/2% choice (1.5% of 2,500.00 = 37.50), still capped', () => {
    const settings = { serviceFeeRate: '0.015' };
    expect(
      serviceFee({ amount: usd(250000), exportMode: 'self', logistics: 'platform', settings }).fee,
    ).toEqual(fee('USD', 3750, 3750, 'rules.md §5 self'));
    expect(serviceFee({ amount: usd(9000000), exportMode: 'self', settings }).fee?.high).toBe(10000);
  });
  it('rounds half-up once: 1% of 1,000.50 = 10.005 -> 10.01', () => {
    expect(
      serviceFee({ amount: usd(100050), exportMode: 'self', logistics: 'platform', settings: {} }).fee?.low,
    ).toBe(1001);
  });
  it('CNY order: the USD 100 cap converts with usdCny (2% of CNY 100,000 = 2,000 -> cap CNY 710.00)', () => {
    expect(
      serviceFee({ amount: cny(10000000), exportMode: 'self', logistics: 'third-party', settings: rate }).fee,
    ).toEqual(fee('CNY', 71000, 71000, 'rules.md §5 self'));
  });
  it('CNY order without a rate: uncapped fee and fx/rate-missing saying the cap was not applied', () => {
    const r = serviceFee({
      amount: cny(10000000),
      exportMode: 'self',
      logistics: 'third-party',
      settings: {},
    });
    expect(r.fee).toEqual(fee('CNY', 200000, 200000, 'rules.md §5 self'));
    expect(r.findings.map((f) => [f.rule, f.severity, f.field])).toEqual([
      ['fx/rate-missing', 'warning', 'order_total'],
    ]);
    expect(r.findings[0]?.message.en).toContain('USD 100.00 cap');
    expect(r.findings[0]?.message.en).toContain('not applied');
    expect(r.findings[0]?.message.zh).toContain('上限');
  });
});

describe('serviceFee: OneTouch (1.2%, cap RMB 480)', () => {
  it('USD 10,000.00 at 7.1: 120.00 -> cap 480/7.1 = 67.6056 -> 67.61', () => {
    expect(serviceFee({ amount: usd(1000000), exportMode: 'onetouch', settings: rate }).fee).toEqual(
      fee('USD', 6761, 6761, 'rules.md §5 onetouch'),
    );
  });
  it('USD 1,000.00: 12.00, under the cap', () => {
    expect(serviceFee({ amount: usd(100000), exportMode: '一达通代理出口', settings: rate }).fee?.low).toBe(
      1200,
    );
  });
  it('CNY orders: 1.2% of 30,000 = 360.00; of 50,000 = 600 -> 480.00 (no rate needed)', () => {
    expect(serviceFee({ amount: cny(3000000), exportMode: 'onetouch', settings: {} }).fee).toEqual(
      fee('CNY', 36000, 36000, 'rules.md §5 onetouch'),
    );
    expect(serviceFee({ amount: cny(5000000), exportMode: 'onetouch', settings: {} })).toEqual({
      fee: fee('CNY', 48000, 48000, 'rules.md §5 onetouch'),
      findings: [],
    });
  });
  it('logistics and serviceFeeRate do not change OneTouch', () => {
    expect(
      serviceFee({
        amount: cny(3000000),
        exportMode: 'onetouch',
        logistics: 'third-party',
        settings: { serviceFeeRate: '0.02' },
      }).fee?.high,
    ).toBe(36000);
  });
  it('USD order without a rate: uncapped + fx/rate-missing', () => {
    const r = serviceFee({ amount: usd(1000000), exportMode: 'onetouch', settings: {} });
    expect(r.fee?.low).toBe(12000);
    expect(r.findings.map((f) => f.rule)).toEqual(['fx/rate-missing']);
    expect(r.findings[0]?.message.en).toContain('480.00');
  });
  it('cap comparison is exact: just under the converted cap keeps the uncapped value', () => {
    // usdCny 8: cap = 60.00 USD exactly; 1.2% of 5,000.00 = 60.00; of 4,999.99 = 59.99988 -> 60.00 too.
    expect(
      serviceFee({ amount: usd(500000), exportMode: 'onetouch', settings: { usdCny: '8' } }).fee?.low,
    ).toBe(6000);
    expect(
      serviceFee({ amount: usd(499999), exportMode: 'onetouch', settings: { usdCny: '8' } }).fee?.low,
    ).toBe(6000);
    expect(
      serviceFee({ amount: usd(499583), exportMode: 'onetouch', settings: { usdCny: '8' } }).fee?.low,
    ).toBe(5995);
  });
});

describe('serviceFee: market procurement and unknown modes', () => {
  it('market: not stated -> null + fee/not-stated on export_mode', () => {
    const r = serviceFee({ amount: usd(100000), exportMode: '市场采购出口', settings: {} });
    expect(r.fee).toBeNull();
    expect(r.findings.map((f) => [f.rule, f.field, f.severity])).toEqual([
      ['fee/not-stated', 'export_mode', 'info'],
    ]);
  });
  it('unknown mode / negative amount: null, no findings', () => {
    expect(serviceFee({ amount: usd(100000), exportMode: 'teleport', settings: {} })).toEqual({
      fee: null,
      findings: [],
    });
    expect(serviceFee({ amount: usd(-100), exportMode: 'self', settings: {} })).toEqual({
      fee: null,
      findings: [],
    });
  });
});

describe('resolveExportMode', () => {
  it.each([
    ['self', 'self'],
    ['Self-export', 'self'],
    ['自营出口', 'self'],
    ['onetouch', 'onetouch'],
    ['One Touch', 'onetouch'],
    ['一达通代理出口', 'onetouch'],
    ['一达通', 'onetouch'],
    ['convenient', 'convenient'],
    ['便捷发货', 'convenient'],
    ['Market', 'market'],
    ['市场采购出口', 'market'],
    ['market procurement', 'market'],
  ])('%j -> %s', (text, id) => {
    expect(resolveExportMode(text)).toBe(id);
  });
  it('unknown -> null; every mode has a source', () => {
    expect(resolveExportMode('air')).toBeNull();
    expect(EXPORT_MODES.map((m) => [m.id, m.account])).toEqual([
      ['self', 'self'],
      ['onetouch', 'onetouch'],
      ['convenient', 'self'],
      ['market', 'self'],
    ]);
    for (const m of EXPORT_MODES) expect(m.source).toContain('000');
  });
});
