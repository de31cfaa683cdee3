import { describe, expect, it } from 'vitest';
import { orderTotalForNet } from '../../src/fees/order-total.ts';

const usd = (minor: number) => ({ minor, currency: 'USD' as const });
const cny = (minor: number) => ({ minor, currency: 'CNY' as const });

describe('orderTotalForNet', () => {
  it('self, platform: net 990.00 needs 1,000.00 (fee 10.00); 999.99 nets 989.99', () => {
    const r = orderTotalForNet({
      target: usd(99000),
      exportMode: 'self',
      logistics: 'platform',
      settings: {},
    });
    expect(r.total).toMatchObject({ currency: 'USD', low: 100000, high: 100000 });
    expect(r.findings).toEqual([]);
  });
  it('self, above the cap: net 10,000.00 needs 10,100.00', () => {
    const r = orderTotalForNet({
      target: usd(1000000),
      exportMode: 'self',
      logistics: 'platform',
      settings: {},
    });
    expect(r.total).toMatchObject({ low: 1010000, high: 1010000 });
  });
  it('self, logistics unknown: a range (1% .. 2%): 990.00 -> 1,000.00 .. 1,010.20', () => {
    // high: T − round(2% T) >= 990.00: T = 1,010.20 (fee 20.204 -> 20.20); 1,010.19 nets 989.99.
    const r = orderTotalForNet({ target: usd(99000), exportMode: 'self', settings: {} });
    expect(r.total).toMatchObject({ low: 100000, high: 101020 });
  });
  it('OneTouch with a USD withdrawal: 10,000.00 + 15.00 + 67.61 = 10,082.61', () => {
    const r = orderTotalForNet({
      target: usd(1000000),
      exportMode: 'onetouch',
      withdrawCurrency: 'USD',
      withdrawTo: 'corporate',
      settings: { usdCny: '7.1' },
    });
    expect(r.total).toMatchObject({ currency: 'USD', low: 1008261, high: 1008261 });
  });
  it('a CNY net from a USD order: converts with the settlement rate', () => {
    // OneTouch, CNY corporate (free): CNY 70,500.00 at 7.05 needs USD 10,000.00 after the fee: 10,067.61.
    const r = orderTotalForNet({
      target: cny(7050000),
      orderCurrency: 'USD',
      exportMode: 'onetouch',
      withdrawCurrency: 'CNY',
      withdrawTo: 'corporate',
      settings: { usdCny: '7.1', settlementRate: '7.05', membership: 'paid' },
    });
    expect(r.total).toMatchObject({ currency: 'USD', low: 1006761, high: 1006761 });
  });
  it('a zero target needs nothing when there is no fixed fee', () => {
    expect(orderTotalForNet({ target: usd(0), exportMode: 'self', settings: {} }).total).toMatchObject({
      low: 0,
      high: 0,
    });
  });
  it('not computable: null with the findings saying why', () => {
    const market = orderTotalForNet({ target: usd(100000), exportMode: 'market', settings: {} });
    expect(market.total).toBeNull();
    expect(market.findings.map((f) => f.rule)).toEqual(['fee/not-stated']);
    const noRate = orderTotalForNet({
      target: cny(100000),
      orderCurrency: 'USD',
      exportMode: 'self',
      withdrawCurrency: 'CNY',
      settings: { membership: 'paid' },
    });
    expect(noRate.total).toBeNull();
    expect(noRate.findings.map((f) => f.rule)).toContain('fx/rate-missing');
    const mismatch = orderTotalForNet({
      target: usd(100),
      exportMode: 'self',
      withdrawCurrency: 'CNY',
      settings: {},
    });
    expect(mismatch.total).toBeNull();
  });
});
