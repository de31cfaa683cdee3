import { describe, expect, it } from 'vitest';
import { type WithdrawalFeeArgs, withdrawalFee } from '../../src/fees/withdrawal-fee.ts';
import type { Settings } from '../../src/types.ts';

const usd = (minor: number) => ({ minor, currency: 'USD' as const });
const cny = (minor: number) => ({ minor, currency: 'CNY' as const });
const paid: Settings = { membership: 'paid', region: 'mainland', settlementRate: '7.0500', usdCny: '7.1000' };

function w(over: Partial<WithdrawalFeeArgs>) {
  return withdrawalFee({
    amount: usd(1000000),
    exportMode: 'self',
    withdrawCurrency: 'CNY',
    withdrawTo: 'corporate',
    settings: paid,
    ...over,
  });
}
const rules = (r: { findings: readonly { rule: string; field: string }[] }) =>
  r.findings.map((f) => `${f.rule}@${f.field}`);

describe('withdrawalFee: the §8 table', () => {
  it('OneTouch, USD to corporate: USD 15.00; net 10,000.00 − 15.00 = 9,985.00', () => {
    const r = w({ exportMode: 'onetouch', withdrawCurrency: 'USD' });
    expect(r.fee).toEqual({
      currency: 'USD',
      low: 1500,
      high: 1500,
      approximate: false,
      source: 'rules.md §8 onetouch USD corporate',
    });
    expect(r.net).toMatchObject({ currency: 'USD', low: 998500, high: 998500 });
    expect(r.findings).toEqual([]);
  });
  it('OneTouch, USD 14.99 to corporate: the USD 15.00 fee, no net (never −0.01), and withdrawal/below-fee', () => {
    const r = w({ exportMode: 'onetouch', withdrawCurrency: 'USD', amount: usd(1499) });
    expect(r.fee).toMatchObject({ currency: 'USD', low: 1500, high: 1500 });
    expect(r.net).toBeNull();
    expect(rules(r)).toEqual(['withdrawal/below-fee@withdraw_amount']);
    expect(r.findings[0]?.message).toEqual({
      en: 'The withdrawal USD 14.99 does not cover its fee of USD 15.00: nothing would arrive.',
      zh: '提现金额 USD 14.99 不足以支付手续费 USD 15.00，到账金额为零。',
    });
    // exactly the fee: net zero, no finding
    const even = w({ exportMode: 'onetouch', withdrawCurrency: 'USD', amount: usd(1500) });
    expect(even.net).toMatchObject({ currency: 'USD', low: 0, high: 0 });
    expect(even.findings).toEqual([]);
  });
  it('OneTouch, CNY to corporate: free; net = 10,000.00 × 7.05 = CNY 70,500.00', () => {
    const r = w({ exportMode: '一达通代理出口' });
    expect(r.fee).toMatchObject({ currency: 'CNY', low: 0, high: 0 });
    expect(r.net).toMatchObject({ currency: 'CNY', low: 7050000, high: 7050000 });
  });
  it('self-export, CNY to corporate: free (market and convenient use the same account)', () => {
    for (const exportMode of ['self', 'market', 'convenient']) {
      const r = w({ exportMode });
      expect(r.fee).toMatchObject({
        currency: 'CNY',
        low: 0,
        high: 0,
        source: 'rules.md §8 self CNY corporate',
      });
    }
  });
  it('self-export, CNY to personal: 0.17% of the settled amount (70,500.00 × 0.17% = 119.85); net 70,380.15', () => {
    const r = w({ withdrawTo: 'personal' });
    expect(r.fee).toMatchObject({
      currency: 'CNY',
      low: 11985,
      high: 11985,
      source: 'rules.md §8 self CNY personal',
    });
    expect(r.net).toMatchObject({ currency: 'CNY', low: 7038015, high: 7038015 });
    expect(r.findings).toEqual([]);
  });
  it('a CNY amount is its own settled amount: CNY 10,000.00 to personal -> 17.00, net 9,983.00', () => {
    const r = w({ amount: cny(1000000), withdrawTo: '法人个人' });
    expect(r.fee).toMatchObject({ currency: 'CNY', low: 1700, high: 1700 });
    expect(r.net).toMatchObject({ currency: 'CNY', low: 998300, high: 998300 });
  });
  it('USD from the self-export account is not stated: warning, fee and net null', () => {
    const r = w({ withdrawCurrency: 'USD' });
    expect(r.fee).toBeNull();
    expect(r.net).toBeNull();
    expect(rules(r)).toEqual(['withdrawal/not-stated@withdraw_currency']);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.message.zh).toContain('自主出口账户');
  });
  it('DPO money to a personal account is not stated (000: e收汇订单支持美金和人民币对公提现)', () => {
    const r = w({ withdrawTo: 'personal', orderType: 'DPO' });
    expect(r.fee).toBeNull();
    expect(rules(r)).toEqual(['withdrawal/not-stated@withdraw_to']);
    expect(w({ orderType: 'DPO' }).fee).toMatchObject({ low: 0, high: 0 });
  });
});

describe('withdrawalFee: refusals', () => {
  it('HK/TW members withdraw USD only', () => {
    for (const region of ['HK', 'TW'] as const) {
      const r = w({ settings: { ...paid, region } });
      expect(r.fee).toBeNull();
      expect(rules(r)).toEqual(['withdrawal/currency@withdraw_currency']);
      expect(r.findings[0]?.severity).toBe('error');
    }
    expect(
      w({ exportMode: 'onetouch', withdrawCurrency: 'USD', settings: { ...paid, region: 'HK' } }).fee?.low,
    ).toBe(1500);
  });
  it('personal account: CNY only', () => {
    const r = w({ withdrawCurrency: 'USD', withdrawTo: 'personal' });
    expect(r.fee).toBeNull();
    expect(rules(r)).toContain('withdrawal/currency@withdraw_currency');
  });
  it('personal account: not from the OneTouch export account', () => {
    const r = w({ exportMode: 'onetouch', withdrawTo: 'personal' });
    expect(r.fee).toBeNull();
    expect(r.net).toBeNull();
    expect(rules(r)).toEqual(['withdrawal/personal-onetouch@withdraw_to']);
  });
});

describe('withdrawalFee: per-withdrawal limits (compared in USD)', () => {
  it('personal: USD 50,000 per withdrawal', () => {
    expect(rules(w({ amount: usd(5000000), withdrawTo: 'personal' }))).toEqual([]);
    const over = w({ amount: usd(5000001), withdrawTo: 'personal' });
    expect(rules(over)).toEqual(['withdrawal/over-limit@withdraw_amount']);
    expect(over.findings[0]?.message.en).toContain('USD 50,000.00');
    expect(over.fee).not.toBeNull(); // the fee is still reported
  });
  it('a CNY amount converts with usdCny: CNY 355,000.00 = USD 50,000 at 7.1', () => {
    expect(rules(w({ amount: cny(35500000), withdrawTo: 'personal' }))).toEqual([]);
    expect(rules(w({ amount: cny(35500001), withdrawTo: 'personal' }))).toEqual([
      'withdrawal/over-limit@withdraw_amount',
    ]);
  });
  it('without usdCny the limit check says so (fx/rate-missing)', () => {
    const r = w({ amount: cny(35500001), withdrawTo: 'personal', settings: { membership: 'paid' } });
    expect(rules(r)).toEqual(['fx/rate-missing@withdraw_amount']);
    expect(r.fee).toMatchObject({ currency: 'CNY', low: 60350, high: 60350 }); // 355,000.01 × 0.17% = 603.50
  });
  it('OneTouch USD: USD 5,000,000 per withdrawal', () => {
    expect(rules(w({ amount: usd(500000000), exportMode: 'onetouch', withdrawCurrency: 'USD' }))).toEqual([]);
    expect(rules(w({ amount: usd(500000001), exportMode: 'onetouch', withdrawCurrency: 'USD' }))).toEqual([
      'withdrawal/over-limit@withdraw_amount',
    ]);
  });
});

describe('withdrawalFee: members and rates', () => {
  it('verified free member: 0.5% of the settled amount on CNY withdrawals, corporate and personal alike', () => {
    const settings: Settings = { ...paid, membership: 'free', verified: true };
    for (const withdrawTo of ['corporate', 'personal']) {
      const r = w({ withdrawTo, settings });
      // 10,000.00 × 7.05 × 0.5% = 352.50
      expect(r.fee).toMatchObject({
        currency: 'CNY',
        low: 35250,
        high: 35250,
        source: 'rules.md §8 free member CNY',
      });
      expect(r.net).toMatchObject({ low: 7014750, high: 7014750 });
    }
    // USD withdrawals keep the table's fee.
    expect(w({ exportMode: 'onetouch', withdrawCurrency: 'USD', settings }).fee?.low).toBe(1500);
  });
  it('membership unknown: a CNY withdrawal is the range table fee .. free-member fee', () => {
    const r = w({ settings: { settlementRate: '7.05' } });
    expect(r.fee).toMatchObject({ currency: 'CNY', low: 0, high: 35250 });
    expect(r.net).toMatchObject({ currency: 'CNY', low: 7014750, high: 7050000 });
  });
  it('no settlement rate: a percentage fee is reported in USD, the net is null with fx/rate-missing', () => {
    const r = w({ withdrawTo: 'personal', settings: { membership: 'paid' } });
    expect(r.fee).toMatchObject({ currency: 'USD', low: 1700, high: 1700 }); // 10,000.00 × 0.17%
    expect(r.net).toBeNull();
    expect(rules(r)).toEqual(['fx/rate-missing@withdraw_amount']);
    expect(r.findings[0]?.message.en).toContain('settlementRate');
  });
  it('no settlement rate, free CNY withdrawal: fee 0, net null with fx/rate-missing', () => {
    const r = w({ settings: { membership: 'paid' } });
    expect(r.fee).toMatchObject({ currency: 'CNY', low: 0, high: 0 });
    expect(r.net).toBeNull();
    expect(rules(r)).toEqual(['fx/rate-missing@withdraw_amount']);
  });
  it('a CNY amount withdrawn in USD converts with the settlement rate: CNY 70,500.00 / 7.05 − 15 = 9,985.00', () => {
    const r = w({ amount: cny(7050000), exportMode: 'onetouch', withdrawCurrency: 'USD' });
    expect(r.net).toMatchObject({ currency: 'USD', low: 998500, high: 998500 });
  });
  it('missing or unknown currency / destination: fee/not-stated on that field', () => {
    expect(rules(w({ withdrawCurrency: '' }))).toEqual(['fee/not-stated@withdraw_currency']);
    expect(rules(w({ withdrawTo: 'piggy bank' }))).toEqual(['fee/not-stated@withdraw_to']);
    expect(rules(w({ withdrawCurrency: 'EUR' }))).toEqual(['withdrawal/not-stated@withdraw_currency']);
  });
  it('unknown export mode or negative amount: null, no findings', () => {
    expect(w({ exportMode: '' })).toEqual({ fee: null, net: null, findings: [] });
    expect(w({ amount: usd(-5) })).toEqual({ fee: null, net: null, findings: [] });
  });
});
