import { describe, expect, it } from 'vitest';
import { paymentFee } from '../../src/fees/payment-fee.ts';
import { PAYMENT_METHODS, resolvePaymentMethod } from '../../src/tables/payment-methods.ts';
import type { Fee } from '../../src/types.ts';

const usd = (minor: number) => ({ minor, currency: 'USD' as const });
const cny = (minor: number) => ({ minor, currency: 'CNY' as const });
const fee = (
  currency: Fee['currency'],
  low: number,
  high: number,
  source: string,
  approximate = false,
): Fee => ({
  currency,
  low,
  high,
  approximate,
  source,
});

describe('paymentFee: card (2.95%, AmEx 3.5%, APAC Mastercard capped at USD 40 on USD payments)', () => {
  it('Visa 2,500.00 -> 73.75', () => {
    expect(paymentFee({ amount: usd(250000), method: 'card', cardBrand: 'visa' })).toEqual({
      fee: fee('USD', 7375, 7375, 'rules.md §4 card'),
      findings: [],
    });
  });
  it('AmEx 2,500.00 -> 87.50', () => {
    expect(paymentFee({ amount: usd(250000), method: 'card', cardBrand: 'American Express' }).fee).toEqual(
      fee('USD', 8750, 8750, 'rules.md §4 card'),
    );
  });
  it('APAC Mastercard 2,000.00 -> 59.00 capped at 40.00; 1,000.00 -> 29.50', () => {
    const args = { method: 'card', cardBrand: 'Mastercard', cardRegion: 'apac' };
    expect(paymentFee({ ...args, amount: usd(200000) }).fee).toEqual(
      fee('USD', 4000, 4000, 'rules.md §4 card'),
    );
    expect(paymentFee({ ...args, amount: usd(100000) }).fee).toEqual(
      fee('USD', 2950, 2950, 'rules.md §4 card'),
    );
    expect(paymentFee({ ...args, cardRegion: '亚太', amount: usd(200000) }).fee?.high).toBe(4000);
  });
  it('the cap is for USD payments only: a CNY payment pays 2.95%', () => {
    expect(
      paymentFee({ amount: cny(200000), method: 'card', cardBrand: 'mastercard', cardRegion: 'apac' }).fee,
    ).toEqual(fee('CNY', 5900, 5900, 'rules.md §4 card'));
  });
  it('Mastercard of another region pays 2.95%; of unknown region the range capped..uncapped', () => {
    expect(
      paymentFee({ amount: usd(200000), method: 'card', cardBrand: 'mastercard', cardRegion: 'Europe' }).fee,
    ).toEqual(fee('USD', 5900, 5900, 'rules.md §4 card'));
    expect(paymentFee({ amount: usd(200000), method: 'card', cardBrand: 'mastercard' }).fee).toEqual(
      fee('USD', 4000, 5900, 'rules.md §4 card'),
    );
  });
  it('unknown brand: the range over every brand it could be', () => {
    // Could be an APAC Mastercard (40.00) up to AmEx (70.00).
    expect(paymentFee({ amount: usd(200000), method: 'card' }).fee).toEqual(
      fee('USD', 4000, 7000, 'rules.md §4 card'),
    );
    // Region known not to be APAC: 2.95% .. 3.5%.
    expect(paymentFee({ amount: usd(200000), method: 'card', cardRegion: 'other' }).fee).toEqual(
      fee('USD', 5900, 7000, 'rules.md §4 card'),
    );
    // Below the cap, 2.95%..3.5%: 1,000.00 -> 29.50..35.00.
    expect(paymentFee({ amount: usd(100000), method: 'card', cardBrand: 'Zorro' }).fee).toEqual(
      fee('USD', 2950, 3500, 'rules.md §4 card'),
    );
  });
  it('other known brands pay 2.95%', () => {
    expect(paymentFee({ amount: usd(100000), method: 'card', cardBrand: 'JCB' }).fee?.low).toBe(2950);
    expect(paymentFee({ amount: usd(100000), method: 'card', cardBrand: '银联' }).fee?.high).toBe(2950);
  });
  it('rounds half-up once: 0.17 × 2.95% = 0.5015 cents -> 0.01; 0.16 -> 0.00', () => {
    expect(paymentFee({ amount: usd(17), method: 'card', cardBrand: 'visa' }).fee?.low).toBe(1);
    expect(paymentFee({ amount: usd(16), method: 'card', cardBrand: 'visa' }).fee?.low).toBe(0);
  });
});

describe('paymentFee: the other methods', () => {
  it('Trustly and US online bank payment: USD 15.00–30.00 (a range, tiers not stated)', () => {
    expect(paymentFee({ amount: usd(100), method: 'trustly' }).fee).toEqual(
      fee('USD', 1500, 3000, 'rules.md §4 trustly'),
    );
    expect(paymentFee({ amount: usd(4000000), method: 'obp-us' }).fee).toEqual(
      fee('USD', 1500, 3000, 'rules.md §4 obp-us'),
    );
  });
  it('European online bank payment: EUR 15.00–30.00', () => {
    expect(paymentFee({ amount: usd(100000), method: 'obp-eu' }).fee).toEqual(
      fee('EUR', 1500, 3000, 'rules.md §4 obp-eu'),
    );
  });
  it('international T/T: about USD 40', () => {
    expect(paymentFee({ amount: usd(100000), method: 'T/T' }).fee).toEqual(
      fee('USD', 4000, 4000, 'rules.md §4 tt-intl', true),
    );
  });
  it('domestic T/T: about 1 unit of the payer currency', () => {
    expect(paymentFee({ amount: usd(100000), method: 'tt-local', payerCurrency: 'EUR' })).toEqual({
      fee: fee('EUR', 100, 100, 'rules.md §4 tt-local', true),
      findings: [],
    });
    expect(paymentFee({ amount: cny(100000), method: '国内电汇', payerCurrency: 'usd' }).fee).toEqual(
      fee('USD', 100, 100, 'rules.md §4 tt-local', true),
    );
  });
  it('domestic T/T without the payer currency: null and a finding on payer_currency', () => {
    const r = paymentFee({ amount: usd(100000), method: 'tt-local' });
    expect(r.fee).toBeNull();
    expect(r.findings.map((f) => [f.rule, f.field, f.severity])).toEqual([
      ['fee/not-stated', 'payer_currency', 'info'],
    ]);
    expect(r.findings[0]?.message.en).toContain('payer');
    expect(r.findings[0]?.message.zh).toContain('付款币种');
  });
  it('domestic T/T in a currency a Fee cannot carry (GBP): null with a finding naming it', () => {
    const r = paymentFee({ amount: usd(100000), method: 'tt-local', payerCurrency: 'GBP' });
    expect(r.fee).toBeNull();
    expect(r.findings[0]?.message.en).toContain('GBP');
  });
  it('Western Union: USD 4.90–45.00', () => {
    expect(paymentFee({ amount: usd(200000), method: 'Western Union' }).fee).toEqual(
      fee('USD', 490, 4500, 'rules.md §4 western-union'),
    );
  });
  it('Boleto: 1.30% (2,000.00 -> 26.00; 1,234.56 -> 16.04928 -> 16.05)', () => {
    expect(paymentFee({ amount: usd(200000), method: 'boleto' }).fee).toEqual(
      fee('USD', 2600, 2600, 'rules.md §4 boleto'),
    );
    expect(paymentFee({ amount: usd(123456), method: 'Boleto' }).fee?.low).toBe(1605);
  });
  it('L/C and D/P: not stated -> null + fee/not-stated on payment_method', () => {
    for (const method of ['lc', '信用证', 'dp', '托收']) {
      const r = paymentFee({ amount: usd(100000), method });
      expect(r.fee).toBeNull();
      expect(r.findings.map((f) => [f.rule, f.field])).toEqual([['fee/not-stated', 'payment_method']]);
    }
  });
  it('unknown method or negative amount: null without findings (the checks report those)', () => {
    expect(paymentFee({ amount: usd(100000), method: 'bitcoin' })).toEqual({ fee: null, findings: [] });
    expect(paymentFee({ amount: usd(-1), method: 'card' })).toEqual({ fee: null, findings: [] });
  });
});

describe('resolvePaymentMethod: ids and display names', () => {
  it.each([
    ['card', 'card'],
    ['Credit/Debit Card', 'card'],
    ['credit/debit card visa', 'card'],
    ['信用卡', 'card'],
    ['Trustly', 'trustly'],
    ['Online Bank Payment 美国账户', 'obp-us'],
    ['Online Bank Payment 欧洲账户', 'obp-eu'],
    ['T/T', 'tt-intl'],
    ['电汇', 'tt-intl'],
    ['国际电汇', 'tt-intl'],
    ['国内电汇', 'tt-local'],
    ['TT-LOCAL', 'tt-local'],
    ['Western Union', 'western-union'],
    ['WesternUnion WU', 'western-union'],
    ['西联', 'western-union'],
    ['boleto', 'boleto'],
    ['信用证', 'lc'],
    ['L/C', 'lc'],
    ['托收', 'dp'],
    ['D/P', 'dp'],
    ['  ｄ／ｐ ', 'dp'],
  ])('%j -> %s', (text, id) => {
    expect(resolvePaymentMethod(text)).toBe(id);
  });
  it('unknown -> null', () => {
    expect(resolvePaymentMethod('PayPal')).toBeNull();
    expect(resolvePaymentMethod('')).toBeNull();
    expect(resolvePaymentMethod(undefined)).toBeNull();
  });
  it('every row has a source, a date and both names', () => {
    expect(PAYMENT_METHODS.map((m) => m.id)).toEqual([
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
    for (const m of PAYMENT_METHODS) {
      expect(m.source).not.toBe('');
      expect(m.asOf).toMatch(/^\d{4}-\d{2}/);
      expect(m.name.en && m.name.zh).toBeTruthy();
    }
    // DPO: only T/T and D/P; TA: all but D/P.
    expect(PAYMENT_METHODS.filter((m) => m.orderTypes.includes('DPO')).map((m) => m.id)).toEqual([
      'tt-local',
      'tt-intl',
      'dp',
    ]);
    expect(PAYMENT_METHODS.filter((m) => !m.orderTypes.includes('TA')).map((m) => m.id)).toEqual(['dp']);
  });
});
