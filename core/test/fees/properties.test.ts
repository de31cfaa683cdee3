import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderTotalForNet } from '../../src/fees/order-total.ts';
import { paymentFee } from '../../src/fees/payment-fee.ts';
import { serviceFee } from '../../src/fees/service-fee.ts';
import { withdrawalFee } from '../../src/fees/withdrawal-fee.ts';
import { PAYMENT_METHODS } from '../../src/tables/payment-methods.ts';
import type { Fee, Settings } from '../../src/types.ts';

const amount = fc.record({
  minor: fc.integer({ min: 0, max: 1e13 }),
  currency: fc.constantFrom('USD' as const, 'CNY' as const),
});
/** A user rate such as '7.1000': 1.0000 .. 20.0000. */
const rateText = fc
  .integer({ min: 10000, max: 200000 })
  .map((n) => `${Math.floor(n / 10000)}.${String(n % 10000).padStart(4, '0')}`);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const settings: fc.Arbitrary<Settings> = fc.record(
  {
    membership: fc.constantFrom('paid' as const, 'free' as const),
    region: fc.constantFrom('mainland' as const, 'HK' as const, 'TW' as const),
    usdCny: rateText,
    settlementRate: rateText,
    serviceFeeRate: fc.constantFrom('0.01', '0.015', '0.02', '0.005'),
  },
  { requiredKeys: [] },
);

function wellFormed(fee: Fee | null): void {
  if (fee === null) return;
  expect(Number.isSafeInteger(fee.low)).toBe(true);
  expect(Number.isSafeInteger(fee.high)).toBe(true);
  expect(fee.low).toBeGreaterThanOrEqual(0);
  expect(fee.low).toBeLessThanOrEqual(fee.high);
  expect(fee.source).toMatch(/^rules\.md §/);
}

describe('fee properties', { timeout: 60_000 }, () => {
  it('payment fees: never negative, low <= high, never throw', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom(...PAYMENT_METHODS.map((m) => m.id), 'Credit/Debit Card', '西联', 'nonsense'),
        maybe(fc.constantFrom('visa', 'mastercard', 'amex', 'jcb', 'zorro', '')),
        maybe(fc.constantFrom('apac', 'other', 'EU', '')),
        maybe(fc.constantFrom('USD', 'CNY', 'EUR', 'GBP', 'xx')),
        (a, method, cardBrand, cardRegion, payerCurrency) => {
          const r = paymentFee({ amount: a, method, cardBrand, cardRegion, payerCurrency });
          wellFormed(r.fee);
          if (r.fee === null) expect(r.findings.length > 0 || method === 'nonsense').toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('APAC Mastercard fee on a USD payment never exceeds USD 40', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (m) => {
        const r = paymentFee({
          amount: { minor: m, currency: 'USD' },
          method: 'card',
          cardBrand: 'mastercard',
          cardRegion: 'apac',
        });
        expect(r.fee?.high).toBeLessThanOrEqual(4000);
      }),
    );
  });

  it('service fees: never negative, low <= high, never above the cap when a rate is known', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom('self', 'onetouch', 'convenient', 'market', '自营出口', '一达通代理出口'),
        maybe(fc.constantFrom('platform', 'third-party', '平台物流', 'unknown')),
        settings,
        (a, exportMode, logistics, s) => {
          const r = serviceFee({ amount: a, exportMode, logistics, settings: s });
          wellFormed(r.fee);
          if (r.fee === null) return;
          // Never more than 2% (or the override) of the amount, rounded.
          expect(r.fee.high).toBeLessThanOrEqual(Math.round(a.minor * 0.02) + 1);
          const rate = s.usdCny === undefined ? null : Number(s.usdCny);
          const isOneTouch = exportMode === 'onetouch' || exportMode === '一达通代理出口';
          // The cap in the order currency, rounded half-up (+1 for float error in this bound only).
          const cap = isOneTouch
            ? a.currency === 'CNY'
              ? 48000
              : rate && Math.round(48000 / rate) + 1
            : a.currency === 'USD'
              ? 10000
              : rate && Math.round(10000 * rate) + 1;
          if (cap) expect(r.fee.high).toBeLessThanOrEqual(cap);
          else expect(r.findings.map((f) => f.rule)).toEqual(['fx/rate-missing']);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('withdrawal: fee never negative, low <= high; net = gross − fee', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom('self', 'onetouch', 'convenient', 'market'),
        fc.constantFrom('USD', 'CNY', 'EUR', ''),
        fc.constantFrom('corporate', 'personal', '对公', ''),
        maybe(fc.constantFrom('TA', 'DPO')),
        settings,
        (a, exportMode, withdrawCurrency, withdrawTo, orderType, s) => {
          const r = withdrawalFee({
            amount: a,
            exportMode,
            withdrawCurrency,
            withdrawTo,
            orderType,
            settings: s,
          });
          wellFormed(r.fee);
          if (r.fee === null) expect(r.net).toBeNull();
          if (r.net && r.fee) {
            expect(r.net.low).toBeLessThanOrEqual(r.net.high);
            expect(r.net.high - r.net.low).toBe(r.fee.high - r.fee.low);
            if (a.currency === r.net.currency) expect(r.net.high + r.fee.low).toBe(a.minor);
          }
          if (r.fee === null) expect(r.findings.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('orderTotalForNet: the answer nets at least the target and one minor unit less does not', () => {
    const scenario = fc.record({
      target: fc.integer({ min: 0, max: 1e10 }),
      exportMode: fc.constantFrom('self', 'onetouch', 'convenient'),
      logistics: maybe(fc.constantFrom('platform', 'third-party')),
      withdraw: fc.constantFrom(
        null,
        { withdrawCurrency: 'USD', withdrawTo: 'corporate' },
        { withdrawCurrency: 'CNY', withdrawTo: 'corporate' },
        { withdrawCurrency: 'CNY', withdrawTo: 'personal' },
      ),
      orderCurrency: fc.constantFrom('USD' as const, 'CNY' as const),
      usdCny: rateText,
      settlementRate: rateText,
      membership: fc.constantFrom('paid' as const, 'free' as const, undefined),
    });
    fc.assert(
      fc.property(scenario, (sc) => {
        const s: Settings = {
          usdCny: sc.usdCny,
          settlementRate: sc.settlementRate,
          membership: sc.membership,
        };
        const netCurrency = (sc.withdraw?.withdrawCurrency ?? sc.orderCurrency) as 'USD' | 'CNY';
        const r = orderTotalForNet({
          target: { minor: sc.target, currency: netCurrency },
          orderCurrency: sc.orderCurrency,
          exportMode: sc.exportMode,
          logistics: sc.logistics,
          ...(sc.withdraw ?? {}),
          settings: s,
        });
        if (r.total === null) {
          // Only refused or unlisted combinations (OneTouch to personal; USD from the self-export account).
          expect(r.findings.length).toBeGreaterThan(0);
          return;
        }
        expect(r.total.low).toBeLessThanOrEqual(r.total.high);
        // The net of an order total, through the public fee functions: best (low fees) and worst case.
        const net = (t: number, best: boolean): number => {
          const svc = serviceFee({
            amount: { minor: t, currency: sc.orderCurrency },
            exportMode: sc.exportMode,
            logistics: sc.logistics,
            settings: s,
          }).fee;
          if (!svc) throw new Error('service fee');
          const kept = t - (best ? svc.low : svc.high);
          if (!sc.withdraw || kept < 0) return kept;
          const withdrawn = withdrawalFee({
            amount: { minor: kept, currency: sc.orderCurrency },
            exportMode: sc.exportMode,
            ...sc.withdraw,
            settings: s,
          });
          // less than the fixed USD 15 fee: nothing arrives (below any target)
          if (withdrawn.findings.some((f) => f.rule === 'withdrawal/below-fee')) return -1;
          const w = withdrawn.net;
          if (!w) throw new Error('net');
          return best ? w.high : w.low;
        };
        expect(net(r.total.low, true)).toBeGreaterThanOrEqual(sc.target);
        if (r.total.low > 0) expect(net(r.total.low - 1, true)).toBeLessThan(sc.target);
        expect(net(r.total.high, false)).toBeGreaterThanOrEqual(sc.target);
        if (r.total.high > 0) expect(net(r.total.high - 1, false)).toBeLessThan(sc.target);
      }),
      { numRuns: 400 },
    );
  });
});
