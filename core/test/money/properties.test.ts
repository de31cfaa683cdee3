import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinor, formatMoney } from '../../src/money/format.ts';
import { MAX_AMOUNT_MINOR, parseAmount, parsePlainAmount } from '../../src/money/parse.ts';
import { parseRate } from '../../src/money/ratio.ts';
import { compareProducts, mulDiv, roundDiv } from '../../src/money/round.ts';

const minor = fc.integer({ min: -MAX_AMOUNT_MINOR, max: MAX_AMOUNT_MINOR });
const currency = fc.constantFrom('USD' as const, 'CNY' as const, 'EUR' as const);

describe('money properties', { timeout: 60_000 }, () => {
  it('parseAmount never throws on arbitrary strings and returns a well-formed result', () => {
    // Plain boolean properties (no expect per run): thousands of runs stay fast under a loaded machine.
    const REASONS = new Set(['invalid', 'precision', 'too-large', 'empty']);
    const check = (s: string): boolean => {
      const r = parseAmount(s);
      if (!r.ok) return REASONS.has(r.reason);
      return (
        Number.isSafeInteger(r.minor) && Math.abs(r.minor) <= MAX_AMOUNT_MINOR && r.negative === r.minor < 0
      );
    };
    fc.assert(fc.property(fc.string(), check), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 1000 }); // full Unicode
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789,.-+$¥€ ()USDCNYRMB元２５，．\\') }),
        check,
      ),
      {
        numRuns: 2000,
      },
    );
  });

  it('parseAmount never throws on arbitrary numbers', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        const r = parseAmount(n);
        if (r.ok) expect(Number.isSafeInteger(r.minor)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('parsePlainAmount, the reader fast path, agrees with parseAmount, or declines with -1', () => {
    const agrees = (text: string) => {
      const fast = parsePlainAmount(text);
      const full = parseAmount(text);
      if (fast === -1) return;
      expect(full).toEqual({ ok: true, minor: fast, negative: false });
    };
    // Digit-heavy text: plain amounts, and near misses (3 decimals, 14 digits, a lone dot, signs, spaces).
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.'), maxLength: 18 }), agrees), {
      numRuns: 3000,
    });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789. -,+$') }), agrees), {
      numRuns: 2000,
    });
    for (const [text, minor] of [
      ['0', 0],
      ['25', 2500],
      ['25.5', 2550],
      ['1200.00', 120000],
      ['007', 700],
      ['9999999999999.99', MAX_AMOUNT_MINOR],
    ] as const)
      expect(parsePlainAmount(text)).toBe(minor);
    for (const text of ['', '.5', '1.', '12.345', '99999999999999', ' 25', '25 ', '-1', '1,200', '２５'])
      expect(parsePlainAmount(text)).toBe(-1);
  });

  it('formatMinor / parseAmount round-trip', () => {
    fc.assert(
      fc.property(minor, currency, (m, c) => {
        expect(parseAmount(formatMinor(m, c))).toEqual({ ok: true, minor: m, negative: m < 0 });
        expect(parseAmount(formatMoney({ minor: m, currency: c }))).toEqual({
          ok: true,
          minor: m,
          currency: c,
          negative: m < 0,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('a cell number with at most 2 decimals parses to the same cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const n = cents / 100; // the float a spreadsheet holds for that decimal
        expect(parseAmount(n)).toEqual({ ok: true, minor: cents, negative: cents < 0 });
      }),
      { numRuns: 2000 },
    );
  });

  it('rounding is half-up exactly at the .5 boundary (BigInt reference)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (k, halfDen) => {
        const den = 2 * halfDen;
        expect(roundDiv(k * den + halfDen, den)).toBe(k + 1); // exactly .5 -> up
        expect(roundDiv(k * den + halfDen - 1, den)).toBe(k); // just below -> down
      }),
    );
  });

  it('mulDiv equals floor((2·x·n + d) / 2d) computed in BigInt, for every size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_AMOUNT_MINOR }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1e9 }),
        (x, n, d) => {
          const ref = (2n * BigInt(x) * BigInt(n) + BigInt(d)) / (2n * BigInt(d));
          expect(mulDiv(x, n, d)).toBe(Number(ref));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('compareProducts agrees with BigInt', () => {
    const i = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(i, i, i, i, i, i, (a, b, c, x, y, z) => {
        const l = BigInt(a) * BigInt(b) * BigInt(c);
        const r = BigInt(x) * BigInt(y) * BigInt(z);
        expect(compareProducts(a, b, c, x, y, z)).toBe(l < r ? -1 : l > r ? 1 : 0);
      }),
    );
  });

  it('parseRate reads n/10^k decimals exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (n, k) => {
        const text =
          k === 0 ? String(n) : `${Math.floor(n / 10 ** k)}.${String(n % 10 ** k).padStart(k, '0')}`;
        const r = parseRate(text);
        expect(r).not.toBeNull();
        if (r) expect(BigInt(r.num) * 10n ** BigInt(k)).toBe(BigInt(n) * BigInt(r.den));
      }),
    );
  });
});
