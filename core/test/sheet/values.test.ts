import { describe, expect, it } from 'vitest';
import { resolveDestination } from '../../src/tables/destinations.ts';
import { classifyEmail, MAINLAND_MAIL_DOMAINS } from '../../src/tables/email.ts';
import { resolveExportMode } from '../../src/tables/export-modes.ts';
import { resolvePaymentMethod } from '../../src/tables/payment-methods.ts';

describe('values as sellers type them (issue 8 item 5)', () => {
  it.each([
    ['美國', 'US'],
    ['德國', 'DE'],
    ['Syria', 'SY'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Burma', 'MM'],
    ['Viet Nam', 'VN'],
  ])('destination %s → %s', (text, code) => {
    expect(resolveDestination(text)).toBe(code);
  });

  it.each([
    ['電匯', 'tt-intl'],
    ['T/T电汇', 'tt-intl'],
    ['西聯', 'western-union'],
  ])('payment method %s → %s', (text, id) => {
    expect(resolvePaymentMethod(text)).toBe(id);
  });

  it.each([
    ['自營出口', 'self'],
    ['一達通代理出口', 'onetouch'],
  ])('export mode %s → %s', (text, id) => {
    expect(resolveExportMode(text)).toBe(id);
  });

  it('mainland mailboxes as data: the .中国 domains, 188.com, 163.net, 263.net', () => {
    for (const email of [
      'li@example.中国',
      'li@example.中國',
      'li@mail.xn--fiqs8s',
      'li@188.com',
      'li@163.net',
      'li@263.net',
    ])
      expect(classifyEmail(email), email).toBe('domestic');
    expect(MAINLAND_MAIL_DOMAINS).toEqual(expect.arrayContaining(['188.com', '163.net', '263.net']));
    expect(classifyEmail('li@example.com')).toBe('ok');
    expect(classifyEmail('li@163.network')).toBe('ok');
  });
});
