import { describe, expect, it } from 'vitest';
import { memoTokens, ReferenceIndex } from '../../src/linking/references.ts';

const refs = ['311893905010267091', '311893905010267104', '290011223344556677', 'PO-1001', null];
const index = new ReferenceIndex(refs);
const kinds = (memo: string) => index.lookup(memo).map((h) => `${h.order}:${h.kind}`);

describe('order numbers in memos', () => {
  it('finds the number exactly, alone or among other words', () => {
    expect(kinds('/RFB/ORDER 311893905010267091 PI 22-118')).toEqual(['0:exact']);
    expect(kinds('payment po 1001')).toEqual(['3:exact']);
    expect(kinds('3118 9390 5010 2670 91')).toEqual(['0:exact']);
  });

  it('finds a number with one digit wrong, two swapped, one missing or one extra', () => {
    expect(kinds('ORDER 311893905010267092')).toEqual(['0:one-off']);
    expect(kinds('ORDER 311893950010267091')).toEqual(['0:one-off']);
    expect(kinds('ORDER 31189390501026791')).toEqual(['0:one-off']);
    expect(kinds('ORDER 3118939050102670911')).toEqual(['0:one-off']);
  });

  it('reads a series shorthand as both orders, and a letter typed for a digit as the digit', () => {
    expect(kinds('ORDER 311893905010267091/104')).toEqual(['0:exact', '1:exact']);
    expect(kinds('ORDERS 311893905010267091, 104')).toEqual(['0:exact', '1:exact']);
    // one digit after a slash is an instalment count ("1/2"), not an order
    expect(kinds('ORDER 311893905010267091/4')).toEqual(['0:exact']);
    expect(kinds('PAYMENT 311893905010267O91')).toContain('0:exact');
    expect(kinds('PAYMENT 3II893905010267091')).toContain('0:exact');
    expect(kinds('TOTAL 2024 INVOICE LOT')).toEqual([]);
  });

  it('finds the last digits and a number cut off at the end of a memo line', () => {
    expect(kinds('PO 267091')).toEqual(['0:suffix']);
    expect(kinds('/RFB/PAYMENT ALIBABA ORDER NO 2900112233')).toEqual(['2:prefix']);
  });

  it('names every order a cut-off number fits, up to a few (the engine weighs the tie)', () => {
    // both 311893905010267091 and ..104 begin with these 14 digits
    expect(kinds('ORDER 31189390501026')).toEqual(['0:prefix', '1:prefix']);
    const series = new ReferenceIndex(
      Array.from({ length: 20 }, (_, i) => `3000000000000000${String(i).padStart(2, '0')}`),
    );
    expect(series.lookup('ORDER 3000000000000000').map((h) => h.kind)).toEqual([]);
  });

  it('finds nothing in an empty memo or one without numbers of the orders', () => {
    expect(kinds('')).toEqual([]);
    expect(kinds('GOODS PAYMENT INV 55821')).toEqual([]);
  });

  it('splits memos into words, joined neighbours and digit runs', () => {
    expect(memoTokens('PO-1001 / x')).toEqual(['1001', 'PO1001', 'PO1001X', 'X']);
  });
});
