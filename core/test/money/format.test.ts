import { describe, expect, it } from 'vitest';
import { add } from '../../src/money/add.ts';
import { compare, compareAcross } from '../../src/money/compare.ts';
import { convert } from '../../src/money/convert.ts';
import { resolveCurrency } from '../../src/money/currencies.ts';
import { formatFee, formatMinor, formatMoney } from '../../src/money/format.ts';
import { min } from '../../src/money/min.ts';
import { percentOf } from '../../src/money/percent-of.ts';
import { subtract } from '../../src/money/subtract.ts';

const rate = { num: 71, den: 10 }; // 7.1 CNY per USD

describe('format', () => {
  it('formatMinor: contract strings without grouping', () => {
    expect(formatMinor(123450, 'USD')).toBe('1234.50');
    expect(formatMinor(5, 'CNY')).toBe('0.05');
    expect(formatMinor(0, 'USD')).toBe('0.00');
    expect(formatMinor(-5, 'USD')).toBe('-0.05');
    expect(formatMinor(100000000000000, 'USD')).toBe('1000000000000.00');
  });

  it('formatMoney: grouped with the ISO code', () => {
    expect(formatMoney({ minor: 123450, currency: 'USD' }, 'en')).toBe('USD 1,234.50');
    expect(formatMoney({ minor: 48000, currency: 'CNY' }, 'zh')).toBe('CNY 480.00');
    expect(formatMoney({ minor: 100000000, currency: 'USD' })).toBe('USD 1,000,000.00');
  });

  it('formatFee: exact, range, approximate, not stated', () => {
    const fee = { currency: 'USD' as const, approximate: false, source: 'x' };
    expect(formatFee({ ...fee, low: 7375, high: 7375 }, 'en')).toBe('USD 73.75');
    expect(formatFee({ ...fee, low: 1500, high: 3000 }, 'en')).toBe('USD 15.00–30.00');
    expect(formatFee({ ...fee, low: 4000, high: 4000, approximate: true }, 'zh')).toBe('≈ USD 40.00');
    expect(formatFee({ ...fee, low: 1000000, high: 1000000 }, 'en')).toBe('USD 10,000.00');
    expect(formatFee(null, 'en')).toBe('not stated');
    expect(formatFee(null, 'zh')).toBe('未说明');
  });
});

describe('operations', () => {
  const usd = (minor: number) => ({ minor, currency: 'USD' as const });
  const cny = (minor: number) => ({ minor, currency: 'CNY' as const });

  it('add / subtract / min / compare in one currency, null across currencies', () => {
    expect(add(usd(100), usd(250))).toEqual(usd(350));
    expect(subtract(usd(100), usd(250))).toEqual(usd(-150));
    expect(min(usd(100), usd(250))).toEqual(usd(100));
    expect(compare(usd(1), usd(2))).toBe(-1);
    expect(add(usd(1), cny(1))).toBeNull();
    expect(subtract(usd(1), cny(1))).toBeNull();
    expect(min(usd(1), cny(1))).toBeNull();
    expect(compare(usd(1), cny(1))).toBeNull();
    expect(add(usd(Number.MAX_SAFE_INTEGER), usd(1))).toBeNull();
  });

  it('convert USD <-> CNY with the user rate, rounded half-up once', () => {
    expect(convert(usd(10000), 'CNY', rate)).toEqual(cny(71000));
    expect(convert(cny(48000), 'USD', rate)).toEqual(usd(6761));
    expect(convert(usd(1), 'USD', null)).toEqual(usd(1));
    expect(convert(usd(1), 'CNY', null)).toBeNull();
    expect(convert(usd(1), 'EUR', rate)).toBeNull();
  });

  it('compareAcross is exact (no rounding of either side)', () => {
    // CNY 7.10 = USD 1.00 at 7.1
    expect(compareAcross(cny(710), usd(100), rate)).toBe(0);
    expect(compareAcross(cny(709), usd(100), rate)).toBe(-1);
    expect(compareAcross(usd(6761), cny(48000), rate)).toBe(1); // 67.61 > 67.6056…
    expect(compareAcross(usd(6760), cny(48000), rate)).toBe(-1);
    expect(compareAcross(cny(1), usd(1), null)).toBeNull();
  });

  it('percentOf', () => {
    expect(percentOf(usd(250000), { num: 3, den: 10 })).toEqual(usd(75000));
    expect(percentOf(usd(1), { num: 1, den: 2 })).toEqual(usd(1));
  });

  it('resolveCurrency', () => {
    expect(resolveCurrency('usd')).toBe('USD');
    expect(resolveCurrency('RMB')).toBe('CNY');
    expect(resolveCurrency('人民币')).toBe('CNY');
    expect(resolveCurrency(' ＵＳＤ ')).toBe('USD');
    expect(resolveCurrency('€')).toBe('EUR');
    expect(resolveCurrency('GBP')).toBeNull();
  });
});
