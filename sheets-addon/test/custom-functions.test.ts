import { parseSettings } from '@ta-toolkit/core';
import { describe, expect, it } from 'vitest';
import {
  checkCells,
  mapCells,
  paymentFeeCell,
  serviceFeeCell,
  withdrawalFeeCell,
} from '../src/custom-functions.ts';
import { goodRow, HEADERS } from './orders.ts';

const pay = (...a: unknown[]) => mapCells('TA_PAYMENT_FEE', a, paymentFeeCell);
const svc = (...a: unknown[]) => mapCells('TA_SERVICE_FEE', a, serviceFeeCell);
const wd = (...a: unknown[]) => mapCells('TA_WITHDRAWAL_FEE', a, withdrawalFeeCell);

describe('TA_PAYMENT_FEE', () => {
  it('gives the buyer fee of one payment in USD', () => {
    expect(pay(2500, 'tt-intl')).toBe(40); // about USD 40
    expect(pay(1000, 'card', '', 'visa')).toBe(29.5); // 2.95%
    expect(pay(1000, 'card', '', 'amex')).toBe(35); // 3.5%
    expect(pay(5000, 'card', '', 'mastercard', 'apac')).toBe(40); // capped at USD 40
    expect(pay(1000, 'boleto')).toBe(13); // 1.30%
  });
  it('takes a display name and pasted money text', () => {
    expect(pay('USD 1,000.00', 'Credit/Debit Card', 'low')).toBe(29.5);
    expect(pay('$1,000', 'Western Union', 'high')).toBeGreaterThan(0);
  });
  it('gives the high bound by default and the low one on request', () => {
    expect(pay(1000, 'trustly')).toBe(30);
    expect(pay(1000, 'trustly', 'low')).toBe(15);
    expect(pay(1000, 'card')).toBe(35); // unknown brand: 2.95%–3.5%
    expect(pay(1000, 'card', 'low')).toBe(29.5);
  });
  it('answers a range with a range, blank cells blank', () => {
    expect(pay([[100], [200], ['']], 'card', 'low')).toEqual([[2.95], [5.9], ['']]);
    expect(pay([[1000, 1000]], [['card', 'trustly']], 'low')).toEqual([[29.5, 15]]);
  });
  it('computes on exact cents, not floats', () => {
    // 0.1 + 0.2 style traps: 2.95% of 33.33 = 0.983235 -> 0.98 (half-up once)
    expect(pay(33.33, 'card', 'low')).toBe(0.98);
  });
  it('throws a clear error on bad input', () => {
    expect(() => pay('abc', 'card')).toThrow(/amount "abc" is not an amount/);
    expect(() => pay('', 'card')).toThrow(/amount is empty/);
    expect(() => pay(-5, 'card')).toThrow(/negative/);
    expect(() => pay(100, 'bitcoin')).toThrow(/unknown payment method "bitcoin"/);
    expect(() => pay(100, '')).toThrow(/method is empty/);
    expect(() => pay(100, 'card', 'mid')).toThrow(/bound "mid" must be "low" or "high"/);
    expect(() => pay(100, 'card', '', 'diamond')).toThrow(/unknown card_brand/);
    expect(() => pay([[100], ['x']], 'card')).toThrow(/row 2, column 1 of the range: amount "x"/);
    expect(() => pay([[1, 2]], [['card'], ['card']])).toThrow(/different sizes/);
  });
  it('refuses to invent a number the sources do not state', () => {
    expect(() => pay(1000, 'lc')).toThrow(/not computed: the sources do not state it/);
    expect(() => pay(1000, 'obp-eu')).toThrow(/EUR 15.00–30.00, not in USD/);
    expect(() => pay(1000, 'tt-local')).toThrow(/payer_currency/);
  });
});

describe('TA_SERVICE_FEE', () => {
  it('follows the export mode, logistics and caps', () => {
    expect(svc(2500, 'self', 'platform')).toBe(25);
    expect(svc(2500, 'self')).toBe(50); // 1–2%: high by default
    expect(svc(2500, 'self', '', 'low')).toBe(25);
    expect(svc(20000, 'self', 'third-party')).toBe(100); // capped at USD 100
    expect(svc(1000, '自营出口', '第三方')).toBe(20);
    expect(svc(1000, 'self', '', '', '', '', 0.015)).toBe(15);
  });
  it('applies the RMB 480 OneTouch cap with a rate, and on CNY orders', () => {
    expect(svc(10000, 'onetouch', '', '', '', 7.1)).toBe(67.61);
    expect(svc(100000, 'onetouch', '', '', 'CNY')).toBe(480);
  });
  it('throws on bad input and on fees the sources do not state', () => {
    expect(() => svc(1000, 'market')).toThrow(/Market-procurement export is not computed/);
    expect(() => svc(1000, 'teleport')).toThrow(/unknown export_mode "teleport"/);
    expect(() => svc(1000, 'self', 'drone')).toThrow(/logistics "drone"/);
    expect(() => svc(1000, 'self', '', '', 'EUR')).toThrow(/currency "EUR" must be USD or CNY/);
    expect(() => svc(1000, 'self', '', '', '', 'seven')).toThrow(/usd_cny "seven"/);
  });
  it('answers a range with a range', () => {
    expect(svc([[1000], [2000]], 'self', 'platform')).toEqual([[10], [20]]);
  });
});

describe('TA_WITHDRAWAL_FEE', () => {
  it('gives the fee in the withdrawal currency', () => {
    expect(wd(8000, 'onetouch', 'USD', 'corporate')).toBe(15);
    expect(wd(8000, 'self', 'CNY', 'corporate', '', '', 'paid', '', 7.05)).toBe(0);
    expect(wd(8000, 'self', 'CNY', 'personal', '', '', 'paid', '', 7.05)).toBe(95.88); // 0.17% of CNY 56,400
  });
  it('throws rather than mixing currencies or guessing', () => {
    expect(() => wd(8000, 'self', 'CNY', 'personal', '', '', 'paid')).toThrow(
      /USD 13.60, not in CNY: give settlement_rate/,
    );
    expect(() => wd(8000, 'self', 'USD', 'corporate')).toThrow(/state no fee/);
    expect(() => wd(8000, 'onetouch', 'CNY', 'personal', '', '', 'paid', '', 7)).toThrow(/personal account/);
    expect(() => wd(8000, 'self', 'GBP', 'corporate')).toThrow(/withdraw_currency "GBP"/);
    expect(() => wd(8000, 'self', 'CNY', 'friend')).toThrow(/withdraw_to "friend"/);
    expect(() => wd(8000, 'self', 'CNY', 'corporate', '', '', 'gold')).toThrow(/membership "gold"/);
  });
});

describe('TA_CHECK', () => {
  const today = '2026-11-20';
  const bad = goodRow(2);
  bad[2] = 'wang@qq.com';
  it('gives the findings of one row as text', () => {
    expect(checkCells([HEADERS], [goodRow(1)], '', '', today, parseSettings)).toEqual([['OK']]);
    const out = checkCells([HEADERS], [bad], 'en', '', today, parseSettings) as string[][];
    expect(out[0]?.[0]).toMatch(/^error buyer\/email-domestic \(buyer_email\): /);
  });
  it('gives one result per row of a range, blank rows blank', () => {
    const blank = HEADERS.map(() => '');
    const out = checkCells([HEADERS], [goodRow(1), blank, bad], 'zh', '', today, parseSettings) as string[][];
    expect(out.map((r) => r[0]?.slice(0, 23))).toEqual(['OK', '', '错误 buyer/email-domestic']);
    // a Chinese cell: the severity and the message in Chinese, no English word but the rule ID and field
    expect(out[2]?.[0]).toMatch(/[\u4e00-\u9fff]/);
    expect(out[2]?.[0]).not.toMatch(/\b(error|warning|info)\b/);
  });
  it('depends on its arguments only: settings from settings_json alone', () => {
    const withQuota = (s: string) => checkCells([HEADERS], [goodRow(1)], 'en', s, today, parseSettings);
    expect(withQuota('{"taQuota":"100.00"}')).toEqual([[expect.stringMatching(/quota\/exceeded/)]]);
    expect(withQuota('{"taQuota":"100000.00"}')).toEqual([['OK']]);
    expect(withQuota('')).toEqual([['OK']]); // no quota given: the quota rule stays silent
  });
  it('without today, says the ship date was not compared with today instead of using the clock', () => {
    const headers = ['order_type', 'ship_by_date'];
    const past = [['TA', '2020-01-02']];
    expect(checkCells([headers], past, 'en', '', '2026-11-20', parseSettings)).toEqual([
      [expect.stringMatching(/^error shipping\/date-past/)],
    ]);
    expect(checkCells([headers], past, 'en', '', '', parseSettings)).toEqual([
      [
        'OK\ninfo ship_by_date / shipped_on not compared with today: pass today (YYYY-MM-DD) as the 5th argument',
      ],
    ]);
    const noDate = checkCells([headers], [['TA', '']], 'zh', '', '', parseSettings) as string[][];
    expect(noDate[0]?.[0]).toMatch(/^错误 shipping\/date-missing/); // no date given: nothing to compare
    expect(noDate[0]?.[0]).not.toContain('今天');
  });
  it('an advance typed as 30% arrives as the plain number 0.3: said to be ambiguous, not taken as USD 0.30 alone', () => {
    const headers = ['order_type', 'currency', 'order_total', 'advance'];
    const out = checkCells(
      [headers],
      [['TA', 'USD', 5320, 0.3]],
      'en',
      '',
      today,
      parseSettings,
    ) as string[][];
    expect(out[0]?.[0]).toMatch(/^warning amount\/percent-as-number \(advance\)/m);
  });
  it('shows control and direction characters of the sheet visibly in its text', () => {
    const out = checkCells([['order_type']], [['T\u202eA\u001b[31m']], 'en', '', today, parseSettings);
    const text = (out as string[][])[0]?.[0] ?? '';
    expect(text).toContain('U+202E');
    expect(text).toContain('\\x1b');
    expect(text.includes('\u001b') || text.includes('\u202e')).toBe(false);
  });
  it('throws on bad arguments', () => {
    expect(() => checkCells([HEADERS, HEADERS], [goodRow(1)], '', '', today, parseSettings)).toThrow(
      /one row/,
    );
    expect(() => checkCells([HEADERS], [['TA']], '', '', today, parseSettings)).toThrow(/row 1 has 1 cells/);
    expect(() => checkCells([HEADERS], [goodRow(1)], 'fr', '', today, parseSettings)).toThrow(/lang "fr"/);
    expect(() => checkCells([HEADERS], [goodRow(1)], '', '{nope', today, parseSettings)).toThrow(
      /not valid JSON/,
    );
    expect(() =>
      checkCells([HEADERS], [goodRow(1)], '', '{"membership":"gold"}', today, parseSettings),
    ).toThrow(/TA_CHECK: /);
    expect(() => checkCells([HEADERS], [goodRow(1)], '', '', '20/11/2026', parseSettings)).toThrow(
      /YYYY-MM-DD/,
    );
  });
});
