import { memoize } from '../memo.ts';
import { resolveCurrency } from '../money/currencies.ts';
import type { Message } from '../types.ts';

/**
 * Enumerated column values and every spelling users type for them (order-sheet.md "values").
 * Lookups fold case, width (NFKC) and spaces; each table is data, one row per value.
 */
export function foldText(text: string): string {
  // NFKC only matters for non-ASCII text (full-width letters, ideographic spaces).
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  return (ascii ? text : text.normalize('NFKC')).trim().toLowerCase().replace(/\s+/g, ' ');
}

function vocabulary<T extends string>(table: Record<T, readonly string[]>): (raw: string) => T | null {
  const index = new Map<string, T>();
  for (const [value, spellings] of Object.entries(table) as [T, readonly string[]][]) {
    index.set(foldText(value), value);
    for (const s of spellings) index.set(foldText(s), value);
  }
  // Most cells are spelled exactly as a known value ('TA', 'USD', 'platform'): one lookup, no memo needed.
  const folded = memoize((raw: string) => index.get(foldText(raw)) ?? null);
  return (raw) => index.get(raw) ?? folded(raw);
}

export type OrderType = 'TA' | 'DPO';
export const resolveOrderType = vocabulary<OrderType>({
  TA: ['Trade Assurance', 'trade assurance order', '信用保障', '信用保障订单', '信保', '信保订单'],
  DPO: ['Direct Pay', 'Direct Pay Order', 'e收汇', 'e收汇订单', 'E-收汇'],
});
export const ORDER_TYPE_NAMES: Record<OrderType, Message> = {
  TA: { en: 'Trade Assurance order', zh: '信用保障订单' },
  DPO: { en: 'Direct Pay order (e收汇)', zh: 'e收汇订单' },
};

export type Drafter = 'seller' | 'buyer';
export const resolveDrafter = vocabulary<Drafter>({
  seller: ['卖家', 'supplier', '供应商'],
  buyer: ['买家'],
});

/** Order currencies the form offers (000 第一步: 交易币种（美金/人民币）). */
export const resolveOrderCurrency = memoize((raw: string): 'USD' | 'CNY' | null => {
  const code = resolveCurrency(raw);
  return code === 'USD' || code === 'CNY' ? code : null;
});

/** A payer currency: the product's currencies by any spelling, or any ISO 4217-shaped code. */
export const resolvePayerCurrency = memoize((raw: string): string | null => {
  const known = resolveCurrency(raw);
  if (known) return known;
  const code = raw.normalize('NFKC').trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
});

export type Logistics = 'platform' | 'third-party';
export const resolveLogistics = vocabulary<Logistics>({
  platform: ['平台物流', 'alibaba.com logistics', 'alibaba logistics', 'platform logistics'],
  'third-party': ['第三方', '第三方物流', 'third party', 'thirdparty', '3rd party'],
});

export type WithdrawTo = 'corporate' | 'personal';
export const resolveWithdrawTo = vocabulary<WithdrawTo>({
  corporate: ['对公', '对公账户', '企业账户', 'domestic corporate account', 'company'],
  personal: ['法人个人', '法人个人账户', '个人', 'legal representative', 'personal account'],
});

export type WithdrawAccount = 'onetouch' | 'self';
export const resolveWithdrawAccount = vocabulary<WithdrawAccount>({
  onetouch: ['一达通出口账户', '一达通', 'onetouch export account', 'one touch'],
  self: ['自主出口账户', '自主出口', 'self-export account', 'self export'],
});
export const WITHDRAW_ACCOUNT_NAMES: Record<WithdrawAccount, Message> = {
  onetouch: { en: 'OneTouch export account', zh: '一达通出口账户' },
  self: { en: 'self-export account', zh: '自主出口账户' },
};

export type CardRegion = 'apac' | 'other';
export const resolveCardRegion = vocabulary<CardRegion>({
  apac: ['asia-pacific', 'asia pacific', 'ap', '亚太', '亚太地区'],
  other: ['others', '其他', 'non-apac'],
});
