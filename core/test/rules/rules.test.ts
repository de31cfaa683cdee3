import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../src/check/check-order.ts';
import { RULE_IDS, RULES } from '../../src/rules/catalog.ts';
import { INCOTERMS_2020, LEGACY_INCOTERMS } from '../../src/tables/incoterms.ts';
import type { Finding, LinkFinding } from '../../src/types.ts';
import { SETTINGS, TODAY, VALID_DPO, VALID_ORDER } from './base-order.ts';
import { type ReportedCase, RULE_CASES, type RuleCase } from './cases.ts';

const run = (c: RuleCase | ReportedCase): readonly (Finding | LinkFinding)[] =>
  typeof c === 'function' ? c() : checkOrder(c.input, c.settings ?? SETTINGS, c.today ?? TODAY).findings;

/**
 * Latin words a Chinese message may carry: codes and proper names people meet in the product as they are
 * (currency and country codes, the order-type abbreviations, brand and method names, Incoterms).
 */
const ALLOWED_LATIN = new Set([
  'USD',
  'CNY',
  'EUR',
  'TA',
  'DPO',
  'ISO',
  'YYYY',
  'MM',
  'DD',
  'Boleto',
  'Trustly',
  'Incoterms',
  'T/T',
  'D/P',
  'L/C',
  'e',
  ...INCOTERMS_2020,
  ...Object.keys(LEGACY_INCOTERMS),
  // "N natural days": the form's own placeholder for the day count.
  'N',
]);
/** Latin words in a Chinese message, outside what it quotes of the user's input (“…”). */
function latinWords(zh: string): string[] {
  const unquoted = zh.replace(/“[^”]*”/g, '').replace(/U\+[0-9A-F]{4,6}/g, '');
  return (unquoted.match(/[A-Za-z][A-Za-z/]*/g) ?? []).filter((w) => !ALLOWED_LATIN.has(w));
}

describe('the base orders are valid', () => {
  it.each([
    ['TA', VALID_ORDER],
    ['DPO', VALID_DPO],
  ])('%s has no findings', (_name, input) => {
    expect(checkOrder(input, SETTINGS, TODAY).findings).toEqual([]);
  });
});

describe.each(RULE_IDS)('%s', (rule) => {
  const cases = RULE_CASES[rule];
  if (!cases) throw new Error(`${rule} has no cases`);

  it('triggers on its case, on the right field, with its catalogue severity', () => {
    const hits = run(cases.trigger).filter((f) => f.rule === rule);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.field).toBe(cases.field);
    expect(hits[0]?.severity).toBe(RULES[rule]?.severity);
  });

  it('stays silent on the near miss', () => {
    expect(run(cases.nearMiss).map((f) => f.rule)).not.toContain(rule);
  });

  it('speaks English and Chinese, with no English inside the Chinese', () => {
    const hit = run(cases.trigger).find((f) => f.rule === rule);
    expect(hit?.message.en).toMatch(/[A-Za-z]{3}/);
    expect(hit?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(hit?.message.en).not.toMatch(/undefined|\[object|NaN/);
    expect(hit?.message.zh).not.toMatch(/undefined|\[object|NaN/);
    expect(latinWords(hit?.message.zh ?? '')).toEqual([]);
  });
});

describe('messages', () => {
  it('catch English inside a Chinese message (the check itself)', () => {
    expect(latinWords('预付款 5.00 低于最低金额 1 美元（at 7.2 CNY per USD）。')).toEqual(['at', 'per']);
    expect(latinWords('“li@qq.com”是中国大陆邮箱')).toEqual([]);
  });

  it('say a CNY advance below the minimum in Chinese, with the rate used', () => {
    const cny = {
      ...VALID_ORDER,
      currency: 'CNY',
      unit_price: '71.00',
      order_total: undefined,
      balance: undefined,
    };
    const [hit] = checkOrder({ ...cny, advance: '5.00' }, { ...SETTINGS, usdCny: '7.2' }, TODAY).findings;
    expect(hit?.rule).toBe('payment/advance-min');
    expect(hit?.message.zh).toBe('预付款 5.00 低于最低金额 1 美元（按 1 美元 = 7.2 元人民币折算）。');
    expect(hit?.message.en).toBe('The advance 5.00 is below the minimum of USD 1.00 (at 7.2 CNY per USD).');
  });

  it('report a product beyond the maximum as amount/too-large, never as a rounded float', () => {
    const big = { ...VALID_ORDER, unit_price: '99999999999.99', quantity: '1000000', order_total: undefined };
    const { findings, fees } = checkOrder(big, SETTINGS, TODAY);
    expect(findings.map((f) => f.rule)).toContain('amount/too-large');
    const tooLarge = findings.find((f) => f.rule === 'amount/too-large');
    expect(tooLarge?.message.en).toBe(
      '"99999999999.99 × 1000000" is beyond the largest amount supported (USD 9,999,999,999,999.99).',
    );
    expect(JSON.stringify(findings)).not.toMatch(/e\+|NaN|Infinity/);
    expect(fees.service).toBeNull();
  });

  it('check the advance against a method limit even when the total cannot be read, and price no fee on it', () => {
    const unreadable = {
      ...VALID_ORDER,
      order_total: '#N/A',
      advance: '3000.00',
      balance: undefined,
      payment_method: 'western-union',
    };
    const { findings, fees } = checkOrder(unreadable, SETTINGS, TODAY);
    expect(findings.map((f) => [f.rule, f.field])).toContainEqual(['payment/over-method-limit', 'advance']);
    expect(fees.payment).toBeNull();
  });

  it('render late: a finding keeps its parameters, and serialises as the report contract', () => {
    const [hit] = checkOrder({ ...VALID_ORDER, buyer_email: 'li@qq.com' }, SETTINGS, TODAY).findings;
    expect(hit?.key).toBe('buyer/email-domestic|buyer_email');
    expect(Object.keys(JSON.parse(JSON.stringify(hit)))).toEqual(['rule', 'severity', 'field', 'message']);
  });
});
