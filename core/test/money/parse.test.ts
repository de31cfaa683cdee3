import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_MINOR, parseAmount } from '../../src/money/parse.ts';

const ok = (minor: number, currency?: string) =>
  currency === undefined
    ? { ok: true, minor, negative: minor < 0 }
    : { ok: true, minor, currency, negative: minor < 0 };

describe('parseAmount: text forms people paste (order-sheet.md "Money cells")', () => {
  it.each([
    ['2500', ok(250000)],
    ['2500.00', ok(250000)],
    ['1,234.50', ok(123450)],
    ['1,234,567.89', ok(123456789)],
    ['USD 2,500.00', ok(250000, 'USD')],
    ['usd 2500', ok(250000, 'USD')],
    ['US $1.20', ok(120, 'USD')],
    ['US \\$1.20', ok(120, 'USD')], // escaped, as in the seed
    ['US$1.20', ok(120, 'USD')],
    ['$12', ok(1200, 'USD')],
    ['12 USD', ok(1200, 'USD')],
    ['¥480', ok(48000, 'CNY')],
    ['￥480', ok(48000, 'CNY')],
    ['RMB 480', ok(48000, 'CNY')],
    ['CNY 480', ok(48000, 'CNY')],
    ['480元', ok(48000, 'CNY')],
    ['人民币480', ok(48000, 'CNY')],
    ['€15', ok(1500, 'EUR')],
    ['EUR 15', ok(1500, 'EUR')],
    ['２５００', ok(250000)],
    ['１，２３４．５０', ok(123450)],
    ['＄１２', ok(1200, 'USD')],
    ['  73.75  ', ok(7375)],
    ['\u3000100\u3000', ok(10000)],
    ['.5', ok(50)],
    ['12.', ok(1200)],
    ['0', ok(0)],
    ['1.500', ok(150)], // extra digits are zeros: exactly 1.50
    ['+5', ok(500)],
  ])('%j', (text, expected) => {
    expect(parseAmount(text)).toEqual(expected);
  });

  it.each([
    ['-12', -1200, undefined],
    ['−12.50', -1250, undefined],
    ['(12.00)', -1200, undefined],
    ['-$5', -500, 'USD'],
    ['$-5', -500, 'USD'],
    ['USD -2,500.00', -250000, 'USD'],
  ])('negative %j parses and is flagged', (text, minor, currency) => {
    expect(parseAmount(text)).toEqual(ok(minor, currency));
  });

  it('-0 is zero, not negative', () => {
    expect(parseAmount('-0')).toEqual(ok(0));
    expect(parseAmount(-0)).toEqual(ok(0));
  });

  it.each([
    ['12.345', 'precision'],
    ['0.001', 'precision'],
    ['USD 1,234.567', 'precision'],
    ['abc', 'invalid'],
    ['12,34', 'invalid'], // malformed grouping (European "12,34" is not guessed)
    ['1.234,50', 'invalid'],
    ['1234,567', 'invalid'],
    ['1,2345', 'invalid'],
    ['30%', 'invalid'],
    ['USD', 'invalid'],
    ['$', 'invalid'],
    ['.', 'invalid'],
    ['1.2.3', 'invalid'],
    ['--5', 'invalid'],
    ['$12 RMB', 'invalid'], // two different currencies
    ['12 34', 'invalid'],
    ['1e5', 'invalid'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['99999999999999', 'too-large'],
  ])('%j -> %s', (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });

  it('numbers from spreadsheet cells read via their shortest decimal string', () => {
    expect(parseAmount(2500)).toEqual(ok(250000));
    expect(parseAmount(12.34)).toEqual(ok(1234));
    expect(parseAmount(0.1)).toEqual(ok(10));
    expect(parseAmount(-3)).toEqual(ok(-300));
    expect(parseAmount(0.1 + 0.2)).toEqual({ ok: false, reason: 'precision' }); // 0.30000000000000004
    expect(parseAmount(1.005)).toEqual({ ok: false, reason: 'precision' });
    expect(parseAmount(1e-7)).toEqual({ ok: false, reason: 'precision' });
    expect(parseAmount(1e21)).toEqual({ ok: false, reason: 'too-large' });
    expect(parseAmount(Number.NaN)).toEqual({ ok: false, reason: 'invalid' });
    expect(parseAmount(Number.POSITIVE_INFINITY)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('the largest accepted amount is MAX_AMOUNT_MINOR', () => {
    expect(parseAmount('9999999999999.99')).toEqual(ok(MAX_AMOUNT_MINOR));
    expect(parseAmount('10000000000000.00')).toEqual({ ok: false, reason: 'too-large' });
    expect(parseAmount(1e13)).toEqual({ ok: false, reason: 'too-large' });
    expect(parseAmount(-9999999999999)).toEqual(ok(-999999999999900));
  });

  it('empty and non-money raw values', () => {
    expect(parseAmount(undefined)).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmount(null)).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmount(true)).toEqual({ ok: false, reason: 'invalid' });
    expect(parseAmount(new Date(0))).toEqual({ ok: false, reason: 'invalid' });
  });
});
