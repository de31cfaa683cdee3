import type { CurrencyCode, Message } from '../types.ts';

/**
 * Currencies as data (dinero.js style): the product knows the order currencies of the draft form
 * (000 第一步: 交易币种（美金/人民币）) and EUR, the currency of the European online bank payment fee
 * (000 处理费用和时间: Online Bank Payment 欧洲账户, 15 - 30欧元).
 */
export interface Currency {
  code: CurrencyCode;
  /** Digits after the decimal point: amounts are held as integer minor units (cents / fen). */
  minorDigits: number;
  /** 10 ** minorDigits. */
  unit: number;
  symbol: string;
  name: Message;
}

export const CURRENCIES: Readonly<Record<CurrencyCode, Currency>> = {
  USD: { code: 'USD', minorDigits: 2, unit: 100, symbol: '$', name: { en: 'US dollar', zh: '美元' } },
  CNY: {
    code: 'CNY',
    minorDigits: 2,
    unit: 100,
    symbol: '¥',
    name: { en: 'Chinese yuan (RMB)', zh: '人民币' },
  },
  EUR: { code: 'EUR', minorDigits: 2, unit: 100, symbol: '€', name: { en: 'euro', zh: '欧元' } },
};

export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return value === 'USD' || value === 'CNY' || value === 'EUR';
}

/**
 * Currency markers people paste around amounts, longest first so 'US$' wins over '$'.
 * Upper-case forms; the parser compares case-insensitively. '¥' is read as CNY (the product's only yen-sign
 * currency; JPY is not an order currency).
 */
export const CURRENCY_MARKERS: readonly (readonly [string, CurrencyCode])[] = [
  ['人民币', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['CNY', 'CNY'],
  ['RMB', 'CNY'],
  ['EUR', 'EUR'],
  ['US', 'USD'],
  ['$', 'USD'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['€', 'EUR'],
  ['元', 'CNY'],
];

/** 'usd', 'US$', 'rmb', '人民币', '€' … -> code; null when not one of the product's currencies. */
export function resolveCurrency(text: string): CurrencyCode | null {
  const t = text.normalize('NFKC').trim().toUpperCase();
  if (isCurrencyCode(t)) return t;
  for (const [marker, code] of CURRENCY_MARKERS) if (t === marker) return code;
  return null;
}
