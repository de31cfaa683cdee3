import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFee, quoteOrder, todayInPacific } from '@ta-toolkit/core';
import { describe, expect, it } from 'vitest';
import {
  type CalcInput,
  calculate,
  calculatorOrder,
  chartMaxMinor,
  DEFAULT_INPUT,
} from '../src/sidebar/calc.ts';

const input = (p: Partial<CalcInput>): CalcInput => ({ ...DEFAULT_INPUT, ...p });

describe('fee calculator model', () => {
  it('lists every payment method with core’s fee', () => {
    const r = calculate(input({ amount: '1000', method: 'boleto' }), {}, 'en');
    expect(r.methods.map((m) => m.id)).toEqual([
      'card',
      'trustly',
      'obp-us',
      'obp-eu',
      'tt-local',
      'tt-intl',
      'western-union',
      'boleto',
      'lc',
      'dp',
    ]);
    const boleto = r.methods.find((m) => m.id === 'boleto');
    expect(boleto?.text).toBe('USD 13.00');
    expect(boleto?.selected).toBe(true);
    expect(r.methods.find((m) => m.id === 'lc')?.text).toBe('not stated');
  });

  it('marks methods the order type does not allow, and payments over a limit, from core’s checks', () => {
    const dpo = calculate(input({ amount: '1000', orderType: 'DPO' }), {}, 'en');
    expect(dpo.methods.filter((m) => m.allowed).map((m) => m.id)).toEqual(['tt-local', 'tt-intl', 'dp']);
    const big = calculate(input({ amount: '20000' }), {}, 'en');
    expect(big.methods.find((m) => m.id === 'card')?.notes.join(' ')).toMatch(/limit of USD 12,000.00/);
  });

  it('gives the seller’s service fee, withdrawal fee and net', () => {
    const r = calculate(
      input({ amount: '10000', exportMode: 'onetouch', withdrawCurrency: 'USD', withdrawTo: 'corporate' }),
      { usdCny: '7.1000' },
      'en',
    );
    expect(r.service.text).toBe('USD 67.61'); // 1.2% capped at RMB 480
    expect(r.withdrawal?.text).toBe('USD 15.00');
    expect(r.withdrawal?.netText).toBe('USD 9,985.00');
    expect(calculate(input({ withdrawCurrency: '' }), {}, 'en').withdrawal).toBeNull();
  });

  it('says when the amount is not one, in the user’s language', () => {
    expect(calculate(input({ amount: 'abc' }), {}, 'en').amountError).toMatch(/Enter an amount/);
    expect(calculate(input({ amount: '' }), {}, 'zh').amountError).toMatch(/请输入金额/);
  });

  it('shows core’s one quote for the order, fee for fee, and computes none itself', () => {
    const i = input({ amount: 'USD 10,000.00', method: 'card', cardBrand: 'visa', logistics: 'third-party' });
    const r = calculate(i, { settlementRate: '7.0500' }, 'en');
    const quote = quoteOrder(
      calculatorOrder(i, { minor: 1_000_000, currency: 'USD' }),
      { settlementRate: '7.0500' },
      todayInPacific(),
      { methods: 'all' },
    );
    expect(r.methods.map((m) => [m.id, m.text])).toEqual(
      quote.methods.map((m) => [m.id, formatFee(m.fee, 'en')]),
    );
    expect(r.service.text).toBe(formatFee(quote.service.fee, 'en'));
    expect(r.withdrawal?.netText).toBe(formatFee(quote.withdrawal?.net ?? null, 'en'));
    for (const file of ['calc.ts', 'app.tsx']) {
      const source = readFileSync(join(import.meta.dirname, '../src/sidebar', file), 'utf8');
      expect(source, file).not.toMatch(/\b(paymentFee|serviceFee|withdrawalFee|checkOrder)\s*\(/);
    }
  });

  it('says why a fee is a range', () => {
    const r = calculate(input({ amount: '1000', method: 'trustly' }), {}, 'en');
    expect(r.methods.find((m) => m.id === 'trustly')?.notes.join(' ')).toMatch(/range/);
  });

  it('draws the chart past the order amount, on a round number', () => {
    expect(chartMaxMinor(250_000)).toBe(500_000);
    expect(chartMaxMinor(1_000_000)).toBe(2_000_000);
    expect(chartMaxMinor(0)).toBe(100_000);
    expect(chartMaxMinor(130_000)).toBe(500_000); // 2,600 -> 5,000
  });
});
