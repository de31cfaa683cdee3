import { describe, expect, it } from 'vitest';
import { compareRatio, makeRatio, parsePercent, parseRate } from '../../src/money/ratio.ts';
import { compareProducts, mulDiv, mulDiv2, roundDiv } from '../../src/money/round.ts';

describe('parseRate / parsePercent: exact decimals', () => {
  it.each([
    ['7.1000', 71, 10],
    ['7.05', 141, 20],
    ['0.015', 3, 200],
    ['30%', 3, 10],
    ['2.95%', 59, 2000],
    ['１．５％', 3, 200],
    [' 7.1 ', 71, 10],
    ['0', 0, 1],
    ['7.10000000000000000000', 71, 10], // trailing zeros never overflow
  ])('%j = %i/%i', (text, num, den) => {
    expect(parseRate(text)).toEqual({ num, den });
  });

  it('numbers read via their shortest decimal string', () => {
    expect(parseRate(7.1)).toEqual({ num: 71, den: 10 });
    expect(parseRate(0.01)).toEqual({ num: 1, den: 100 });
  });

  it.each(['', 'abc', '-7.1', '7.1.1', '1e3', '%', '7,1', '0.12345678901234567'])(
    '%j is not a rate',
    (text) => {
      expect(parseRate(text)).toBeNull();
    },
  );

  it('parsePercent needs a % sign', () => {
    expect(parsePercent('30%')).toEqual({ num: 3, den: 10 });
    expect(parsePercent('３０％')).toEqual({ num: 3, den: 10 });
    expect(parsePercent('12.5 %')).toEqual({ num: 1, den: 8 });
    expect(parsePercent('0.3')).toBeNull();
    expect(parsePercent(30)).toBeNull();
  });

  it('compareRatio is exact', () => {
    expect(compareRatio({ num: 1, den: 3 }, { num: 333333, den: 1000000 })).toBe(1);
    expect(compareRatio({ num: 2, den: 4 }, { num: 1, den: 2 })).toBe(0);
    const big = { num: 2 ** 52 - 1, den: 2 ** 52 };
    expect(compareRatio(big, { num: 2 ** 52 - 3, den: 2 ** 52 - 2 })).toBe(1);
  });

  it('makeRatio reduces and refuses bad parts', () => {
    expect(makeRatio(10, 20)).toEqual({ num: 1, den: 2 });
    expect(makeRatio(1, 0)).toBeNull();
    expect(makeRatio(-1, 2)).toBeNull();
    expect(makeRatio(1.5, 2)).toBeNull();
  });
});

describe('round: the single half-up rule', () => {
  it('rounds half up at the .5 boundary, once', () => {
    expect(roundDiv(5, 10)).toBe(1);
    expect(roundDiv(4, 10)).toBe(0);
    expect(roundDiv(15, 10)).toBe(2);
    expect(roundDiv(25, 10)).toBe(3); // not banker's rounding
    expect(roundDiv(-5, 10)).toBe(-1); // ties away from zero
    expect(Object.is(roundDiv(-4, 10), 0)).toBe(true); // no -0
  });

  it('card 2.95% of 2,500.00 = 73.75; 480 / 7.1 = 67.6056 -> 67.61', () => {
    expect(mulDiv(250000, 59, 2000)).toBe(7375);
    expect(mulDiv(48000, 10, 71)).toBe(6761);
  });

  it('falls back to BigInt when a product is not a safe integer', () => {
    const x = 9_000_000_000_000_000; // > 2^53
    expect(mulDiv(1e15, 9, 1)).toBe(x); // 9e15 is exact in float; computed via BigInt
    expect(mulDiv(1e15, 1234567, 1000000)).toBe(1234567000000000);
    expect(mulDiv2(1e15, 141, 20, 17, 10000)).toBe(11985000000000);
    expect(compareProducts(1e15, 1e15, 3, 1e15, 1e15, 2)).toBe(1);
    expect(compareProducts(2 ** 53 - 1, 3, 1, 3, 2 ** 53 - 1, 1)).toBe(0);
  });
});
