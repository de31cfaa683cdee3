import { describe, expect, it } from 'vitest';
import {
  advanceOf,
  advanceSuggestions,
  balanceOf,
  paymentLimit,
  SAFE_SHIP_DAYS,
  shipDaysFill,
  trimRemark,
} from '../src/fills.ts';

const usd = (minor: number) => ({ minor, currency: 'USD' as const });
const cny = (minor: number) => ({ minor, currency: 'CNY' as const });
const shown = (r: ReturnType<typeof advanceSuggestions>) =>
  r.suggestions.map((s) => [s.percent, s.advance.minor, s.balance.minor]);

describe('advance and balance fills', () => {
  it('takes the percentage of the exact total and rounds half-up once', () => {
    // 30% of 1,000.01 = 300.003 -> 300.00; 50% of 1,000.01 = 500.005 -> 500.01
    expect(advanceOf(usd(100_001), 30)).toEqual(usd(30_000));
    expect(advanceOf(usd(100_001), 50)).toEqual(usd(50_001));
    expect(advanceOf(cny(999), 100)).toEqual(cny(999));
  });

  it('balance = total − advance, nothing for a larger advance or another currency', () => {
    expect(balanceOf(usd(600_000), usd(180_000))).toEqual(usd(420_000));
    expect(balanceOf(usd(600_000), usd(600_000))).toEqual(usd(0));
    expect(balanceOf(usd(600_000), usd(600_001))).toBeNull();
    expect(balanceOf(usd(600_000), cny(100))).toBeNull();
  });
});

describe('ship days and remark fills', () => {
  it('offers 7 days only while the typed days are 0–2', () => {
    expect(SAFE_SHIP_DAYS).toBe(7);
    expect([0, 1, 2].map(shipDaysFill)).toEqual([7, 7, 7]);
    expect([3, 7, 30, null, undefined, 1.5].map(shipDaysFill)).toEqual([null, null, null, null, null, null]);
  });

  it('cuts a remark to 2,000 characters (code points), nothing when it fits', () => {
    expect(trimRemark('a'.repeat(2000))).toBeNull();
    expect(trimRemark('a'.repeat(2001))).toBe('a'.repeat(2000));
    const emoji = trimRemark('😀'.repeat(2001));
    expect([...(emoji ?? '')].length).toBe(2000);
    expect(emoji?.length).toBe(4000); // 2,000 whole emoji, no half surrogate pair
  });
});

describe('advance suggestions respect the per-payment limit', () => {
  it('reads the lowest limit from core’s payment-method data', () => {
    expect(paymentLimit(['card', 'western-union', 'tt-intl'])).toEqual({
      method: 'western-union',
      usd: usd(250_000),
    });
    expect(paymentLimit(['tt-intl'])).toBeNull(); // 没有限制
    expect(paymentLimit(['something typed'])).toBeNull();
  });

  it('without a limiting method: 30 / 50 / 100 %', () => {
    const r = advanceSuggestions(usd(400_000), { methods: ['card'] });
    expect(shown(r)).toEqual([
      [30, 120_000, 280_000],
      [50, 200_000, 200_000],
      [100, 400_000, 0],
    ]);
  });

  it('Western Union USD 2,500: only splits whose advance and balance each fit, plus the limit itself', () => {
    // USD 4,000: 30% leaves a 2,800 balance, 100% is 4,000 in one payment; 50% and "2,500 + 1,500" fit
    const r = advanceSuggestions(usd(400_000), { methods: ['card', 'western-union'] });
    expect(r.limit?.method).toBe('western-union');
    expect(shown(r)).toEqual([
      [50, 200_000, 200_000],
      [null, 250_000, 150_000],
    ]);
    // USD 6,000 cannot be paid by Western Union in two payments at all: nothing to offer
    expect(shown(advanceSuggestions(usd(600_000), { methods: ['western-union'] }))).toEqual([]);
  });

  it('a CNY order compares with the USD limit at the user’s rate, and says when the rate is missing', () => {
    const noRate = advanceSuggestions(cny(2_000_000), { methods: ['western-union'] });
    expect(noRate.needsRate).toBe(true);
    // USD 2,500 × 7.1 = CNY 17,750.00: 100% of CNY 20,000 is over; the limit advance leaves CNY 2,250
    const r = advanceSuggestions(cny(2_000_000), { methods: ['western-union'], usdCny: '7.1' });
    expect(r.needsRate).toBe(false);
    expect(shown(r)).toEqual([
      [30, 600_000, 1_400_000],
      [50, 1_000_000, 1_000_000],
      [null, 1_775_000, 225_000],
    ]);
  });

  it('a suggestion equal to the advance already typed no longer applies', () => {
    const r = advanceSuggestions(usd(400_000), { methods: ['western-union'], current: usd(200_000) });
    expect(shown(r)).toEqual([[null, 250_000, 150_000]]);
  });
});
