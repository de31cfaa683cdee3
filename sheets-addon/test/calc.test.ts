import { describe, expect, it } from 'vitest';
import { type CalcInput, calculate, chartRows, DEFAULT_INPUT } from '../src/sidebar/calc.ts';

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

  it('draws one row per method; fees in another currency are listed, not drawn', () => {
    const r = calculate(input({ amount: '1000', method: 'card' }), {}, 'en');
    const rows = chartRows(r, 'en', 280);
    expect(rows.map((x) => x.id)).toHaveLength(10);
    const card = rows.find((x) => x.id === 'card');
    expect(card?.selected).toBe(true);
    // the largest fee drawn spans the bar width (280 − 84 label − 70 text room = 126 px)
    const widest = Math.max(...rows.map((x) => x.bar?.high ?? 0));
    expect(widest).toBe(126);
    const largest = Math.max(
      ...r.methods.filter((m) => m.fee?.currency === 'USD').map((m) => m.fee?.high ?? 0),
    );
    // card 2.95%–3.5% of USD 1,000, to the same scale
    expect(card?.bar).toEqual({
      low: Math.round((2950 / largest) * 126),
      high: Math.round((3500 / largest) * 126),
      approximate: false,
      label: '29.50–35.00',
    });
    const eu = rows.find((x) => x.id === 'obp-eu');
    expect(eu?.bar).toBeNull();
    expect(eu?.text).toBe('EUR 15.00–30.00');
  });
});
