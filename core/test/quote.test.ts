import { describe, expect, it } from 'vitest';
import { methodsSpan, quoteOrder } from '../src/quote.ts';
import type { OrderInput } from '../src/types.ts';

const ORDER: OrderInput = {
  order_type: 'TA',
  currency: 'USD',
  order_total: '2500.00',
  advance: '750.00',
  payment_method: 'card, tt-intl',
  card_brand: 'visa',
  export_mode: 'self',
};
const TODAY = '2026-11-20';
const usd = (low: number, high = low) => ({ currency: 'USD', low, high });

describe('quoteOrder', () => {
  it("prices each of the order's methods per payment, summed (hand-computed)", () => {
    const q = quoteOrder(ORDER, {}, TODAY);
    expect(q.methods.map((m) => m.id)).toEqual(['card', 'tt-intl']);
    const card = q.methods[0];
    // 2.95% of 750.00 = 22.125 -> 22.13; of 1,750.00 = 51.625 -> 51.63 (half-up, once per payment)
    expect(card?.payments.map((p) => [p.part, p.amount.minor, p.fee?.low])).toEqual([
      ['advance', 75000, 2213],
      ['balance', 175000, 5163],
    ]);
    expect(card?.fee).toMatchObject(usd(7376));
    expect(card?.why).toBeNull();
    expect(card?.timeToArrive.en).toBe('1–2 hours');
    // about USD 40 per transfer, two transfers
    expect(q.methods[1]?.fee).toMatchObject({ ...usd(8000), approximate: true });
    expect(q.methods[1]?.why?.en).toContain('about');
  });

  it('says why a range is a range, and why a fee is not computed', () => {
    const q = quoteOrder({ ...ORDER, card_brand: undefined }, {}, TODAY, { methods: 'all' });
    const byId = new Map(q.methods.map((m) => [m.id, m]));
    // low: 2.95%, with an Asia-Pacific Mastercard's USD 40 cap on the balance; high: American Express 3.5%
    expect(byId.get('card')?.fee).toMatchObject(usd(2213 + 4000, 2625 + 6125));
    expect(byId.get('card')?.why?.en).toContain('card brand is not known');
    expect(byId.get('western-union')?.fee).toMatchObject(usd(980, 9000)); // 4.90–45.00 per payment
    expect(byId.get('western-union')?.why?.zh).toContain('区间');
    expect(byId.get('lc')?.fee).toBeNull();
    expect(byId.get('lc')?.why?.en).toContain('not computed');
    expect(byId.get('dp')?.allowed).toBe(false);
    expect(byId.get('dp')?.findings.map((f) => f.rule)).toContain('payment/method-not-allowed');
    expect(q.service.fee).toMatchObject(usd(2500, 5000)); // 1% .. 2% of 2,500.00
    expect(q.service.why?.en).toContain('Alibaba.com Logistics');
  });

  it("reports a method's limit on the payment that passes it", () => {
    // Western Union: USD 2,500 per payment; the advance 1,500.00 passes, the balance 4,500.00 does not.
    const big = { ...ORDER, order_total: '6000.00', advance: '1500.00', payment_method: 'western-union' };
    const q = quoteOrder(big, {}, TODAY);
    expect(q.methods[0]?.findings.map((f) => [f.rule, f.field])).toEqual([
      ['payment/over-method-limit', 'balance'],
    ]);
  });

  it('prices a planned withdrawal and its net (README example PO-1001)', () => {
    const q = quoteOrder(
      { ...ORDER, withdraw_amount: '2500.00', withdraw_currency: 'CNY', withdraw_to: 'corporate' },
      { membership: 'paid', region: 'mainland', settlementRate: '7.05' },
      TODAY,
    );
    expect(q.withdrawal?.fee).toMatchObject({ currency: 'CNY', low: 0, high: 0 });
    expect(q.withdrawal?.net).toMatchObject({ currency: 'CNY', low: 1_762_500, high: 1_762_500 });
    expect(q.withdrawal?.why).toBeNull();
  });

  it('asks for the exchange rate instead of guessing a net', () => {
    const q = quoteOrder({ ...ORDER, withdraw_amount: '2500.00', withdraw_currency: 'CNY' }, {}, TODAY);
    expect(q.withdrawal?.net).toBeNull();
    expect(q.withdrawal?.findings.map((f) => f.rule)).toContain('fx/rate-missing');
    expect(q.withdrawal?.why?.zh).toContain('结汇汇率');
  });

  it('spans the buyer fee over the methods the buyer may choose', () => {
    const span = methodsSpan(quoteOrder(ORDER, {}, TODAY));
    expect(span.fee).toMatchObject({ ...usd(7376, 8000), approximate: true });
    expect(span.why?.en).toContain('cheapest to the dearest');
  });

  it('never throws on nonsense', () => {
    const q = quoteOrder({ order_total: 'abc', payment_method: 'nope', currency: 'XYZ' }, {}, TODAY, {
      methods: 'all',
    });
    expect(q.currency).toBeNull();
    expect(q.methods.every((m) => m.fee === null)).toBe(true);
  });
});
