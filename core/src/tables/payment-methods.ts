import { pct, type Ratio } from '../money/ratio.ts';
import type { CurrencyCode, Message } from '../types.ts';
import { foldText } from './vocabulary.ts';

/**
 * Payment methods and the buyer's fees: rules.md §4, from 000 "处理费用和时间" (the fee table of the
 * draft course, screens 2019–2021). One row per method, each with its source and the date of the source,
 * so a newer rate is one edit. Fees are paid by the buyer.
 */
export type PaymentMethodId =
  | 'card'
  | 'trustly'
  | 'obp-us'
  | 'obp-eu'
  | 'tt-local'
  | 'tt-intl'
  | 'western-union'
  | 'boleto'
  | 'lc'
  | 'dp';

export type OrderTypeId = 'TA' | 'DPO';

/** How the fee is stated in the source. */
export type FeeSpec =
  /** Card: a percentage of the payment, with brand exceptions (see CARD_FEES). */
  | { kind: 'card' }
  /** A percentage of the payment, in the payment's currency. */
  | { kind: 'percent'; rate: Ratio }
  /** A fixed amount or range in a fixed currency ("USD 15–30 depending on the amount"). */
  | { kind: 'fixed'; currency: CurrencyCode; low: number; high: number; approximate: boolean }
  /** "About 1 unit of the payer's local currency": needs the payer's currency. */
  | { kind: 'local-unit'; units: number; approximate: true }
  /** The sources state no fee. */
  | { kind: 'not-stated' };

export interface PaymentMethod {
  id: PaymentMethodId;
  name: Message;
  /** Display names and spellings users type (matched ignoring case, width and spaces). */
  aliases: readonly string[];
  /** Payer currencies accepted: a list, 'local' (the payer's local currency only), 'many', or null (not stated). */
  currencies: readonly string[] | 'local' | 'many' | null;
  /** Limit per payment in USD minor units; null: none or not stated (see limitNote). */
  limitUsdMinor: number | null;
  /** Boleto's limit is per month, not per payment (payment/monthly-limit). */
  monthlyLimitUsdMinor: number | null;
  limitNote: Message;
  /** Order types the method may be used on (rules.md §2, §4). */
  orderTypes: readonly OrderTypeId[];
  /** L/C: only when the seller drafts (000 第一步: 信用证只能由卖家发起). */
  sellerDraftOnly: boolean;
  fee: FeeSpec;
  timeToArrive: Message;
  /** Where the row comes from. */
  source: string;
  /** Date of the source screen. */
  asOf: string;
}

const FEE_TABLE = '000 处理费用和时间';
const FEE_TABLE_AS_OF = '2021-06';
const NONE = { en: 'none', zh: '没有限制' };

export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  {
    id: 'card',
    name: { en: 'Credit/Debit Card (VISA, Mastercard, AmEx…)', zh: '信用卡/借记卡' },
    aliases: [
      'Credit/Debit Card',
      'credit card',
      'debit card',
      'Credit/Debit Card VISA',
      'card',
      'visa',
      '信用卡',
      '借记卡',
      '银行卡',
    ],
    currencies: 'many', // 多币种
    // 上限 $12,000; outside the seeds (buyer FAQ 20111761/20111762): the limit includes the fee.
    limitUsdMinor: 1_200_000,
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 12,000 per payment', zh: '单笔上限 12,000 美元' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    // 支付金额的2.95% (美国运通为3.5%) 亚太发行万事达卡手续费上限 $40 (仅限美金付款). 001's 2.8% is superseded.
    fee: { kind: 'card' },
    timeToArrive: { en: '1–2 hours', zh: '1 - 2 小时' },
    source: `${FEE_TABLE}: Credit/Debit Card`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'trustly',
    name: { en: 'Online Transfer (Trustly)', zh: '在线转账（Trustly）' },
    aliases: ['Online Transfer', 'Online Transfer Trustly', 'Trustly', '在线转账'],
    currencies: 'local', // 仅本地货币
    limitUsdMinor: 30_000_000, // 高达 300,000 美元
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 300,000 per payment', zh: '单笔上限 300,000 美元' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    // $15 - 30 取决于付款金额: the tiers are not in the sources, so the range stays a range.
    fee: { kind: 'fixed', currency: 'USD', low: 1500, high: 3000, approximate: false },
    timeToArrive: { en: '1–2 business days', zh: '1-2 个工作日' },
    source: `${FEE_TABLE}: Online Transfer Trustly`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'obp-us',
    name: { en: 'Online Bank Payment (US account)', zh: '网银支付（美国账户）' },
    aliases: [
      'Online Bank Payment US',
      'Online Bank Payment 美国账户',
      'online bank payment (us)',
      'OBP US',
      '美国账户',
    ],
    currencies: ['USD'], // 仅限USD
    limitUsdMinor: 5_000_000, // 上限 $50,000
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 50,000 per payment', zh: '单笔上限 50,000 美元' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    fee: { kind: 'fixed', currency: 'USD', low: 1500, high: 3000, approximate: false }, // $15 - 30
    timeToArrive: { en: '4–5 business days', zh: '4 - 5 个工作日' },
    source: `${FEE_TABLE}: Online Bank Payment 美国账户`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'obp-eu',
    name: { en: 'Online Bank Payment (European account)', zh: '网银支付（欧洲账户）' },
    aliases: [
      'Online Bank Payment EU',
      'Online Bank Payment 欧洲账户',
      'online bank payment (europe)',
      'online bank payment (eu)',
      'OBP EU',
      '欧洲账户',
    ],
    currencies: ['EUR'], // 仅限欧元
    limitUsdMinor: 5_000_000, // 上限 $50,000 (stated in USD although payments are in EUR)
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 50,000 per payment', zh: '单笔上限 50,000 美元' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    fee: { kind: 'fixed', currency: 'EUR', low: 1500, high: 3000, approximate: false }, // 15 - 30欧元
    timeToArrive: { en: '9–10 business days', zh: '9 - 10 个工作日' },
    source: `${FEE_TABLE}: Online Bank Payment 欧洲账户`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'tt-local',
    name: { en: 'Wire Transfer T/T (domestic)', zh: '国内电汇（T/T）' },
    aliases: [
      'Wire Transfer- T/T 国内电汇',
      'domestic wire transfer',
      'local T/T',
      'T/T local',
      'TT local',
      '国内电汇',
      '本地电汇',
    ],
    currencies: 'local', // 仅限当地货币
    limitUsdMinor: 30_000_000, // 上限$300,000
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 300,000 per payment', zh: '单笔上限 300,000 美元' },
    // DPO: e收汇只有T/T和D/P两个选项 (both T/T rows).
    orderTypes: ['TA', 'DPO'],
    sellerDraftOnly: false,
    // 约1当地货币 取决于您的银行: about one unit of whatever the payer pays in.
    fee: { kind: 'local-unit', units: 1, approximate: true },
    timeToArrive: { en: '1–2 business days', zh: '1 - 2 个工作日' },
    source: `${FEE_TABLE}: Wire Transfer- T/T 国内电汇`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'tt-intl',
    name: { en: 'Wire Transfer T/T (international)', zh: '国际电汇（T/T）' },
    // Decision: a bare "T/T" / "电汇" / "wire transfer" means the international wire — the usual way an
    // overseas buyer pays (the domestic row needs a local collection account); the DPO form's "T/T" too.
    aliases: [
      'Wire Transfer- T/T 国际电汇',
      'international wire transfer',
      'wire transfer',
      'T/T',
      'TT',
      'telegraphic transfer',
      'T/T intl',
      'TT intl',
      '国际电汇',
      '电汇',
    ],
    currencies: 'many', // 多币种
    limitUsdMinor: null, // 没有限制
    monthlyLimitUsdMinor: null,
    limitNote: NONE,
    orderTypes: ['TA', 'DPO'],
    sellerDraftOnly: false,
    fee: { kind: 'fixed', currency: 'USD', low: 4000, high: 4000, approximate: true }, // 约 $40 取决于您的银行
    timeToArrive: { en: '3–7 business days', zh: '3 - 7 个工作日' },
    source: `${FEE_TABLE}: Wire Transfer- T/T 国际电汇`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'western-union',
    name: { en: 'Western Union', zh: '西联汇款' },
    aliases: ['WesternUnion WU', 'WesternUnion', 'WU', '西联', '西联汇款'],
    currencies: ['USD'], // 仅限USD
    limitUsdMinor: 250_000, // 上限 $2,500
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 2,500 per payment', zh: '单笔上限 2,500 美元' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    fee: { kind: 'fixed', currency: 'USD', low: 490, high: 4500, approximate: false }, // $4.90 - 45.00 取决于付款金额
    timeToArrive: { en: '1 business day', zh: '1 个工作日' },
    source: `${FEE_TABLE}: WesternUnion WU`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'boleto',
    name: { en: 'Boleto', zh: 'Boleto' },
    aliases: ['Boleto Bancário', 'boleto bancario'],
    currencies: ['USD'], // 仅限USD
    limitUsdMinor: null, // the limit is per month, not per payment
    monthlyLimitUsdMinor: 300_000, // 每月上限 $3,000
    limitNote: { en: 'USD 3,000 per month', zh: '每月上限 3,000 美元' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    fee: { kind: 'percent', rate: pct('1.30') }, // 支付金额的1.30%
    timeToArrive: { en: '3–4 business days', zh: '3 - 4 个工作日' },
    source: `${FEE_TABLE}: Boleto`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'lc',
    name: { en: 'Letter of credit (L/C)', zh: '信用证' },
    aliases: ['L/C', 'LC', 'letter of credit', '信用证'],
    currencies: null,
    limitUsdMinor: null,
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'not stated', zh: '未说明' },
    // One of TA's methods, only initiated by the seller (000 第一步: 信用证只能由卖家发起).
    orderTypes: ['TA'],
    sellerDraftOnly: true,
    fee: { kind: 'not-stated' },
    timeToArrive: { en: 'not stated', zh: '未说明' },
    source: '000 第一步: 信用证只能由卖家发起 (no fee row)',
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'dp',
    name: { en: 'Documents against payment (D/P)', zh: '托收（D/P）' },
    aliases: ['D/P', 'DP', 'documents against payment', '托收', '托收 (D/P)'],
    currencies: null,
    limitUsdMinor: null,
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'not stated', zh: '未说明' },
    // DPO only: e收汇只有T/T和D/P两个选项; TA lists the other methods (rules.md §4 payment/method-not-allowed).
    orderTypes: ['DPO'],
    sellerDraftOnly: false,
    fee: { kind: 'not-stated' },
    timeToArrive: { en: 'not stated', zh: '未说明' },
    source: '000 信保准入 table: e收汇 T/T、托收 (D/P) (no fee row)',
    asOf: FEE_TABLE_AS_OF,
  },
];

/**
 * Card fees (000 处理费用和时间, Credit/Debit Card): 2.95% of the payment; American Express 3.5%;
 * Mastercard issued in Asia-Pacific: fee capped at USD 40, USD payments only. 001's 2.8% is superseded.
 * Outside the seeds: Apple Pay / Google Pay 2.99% (not applied: the sheet has no wallet column).
 */
export const CARD_FEES = {
  standard: pct('2.95'),
  amex: pct('3.5'),
  mastercardApacCapUsdMinor: 4000,
  source: `${FEE_TABLE}: Credit/Debit Card`,
  asOf: FEE_TABLE_AS_OF,
} as const;

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'other';
const CARD_BRANDS: Record<Exclude<CardBrand, 'other'>, readonly string[]> = {
  visa: ['visa', 'visa card', '维萨'],
  mastercard: ['mastercard', 'master card', 'master', 'mc', '万事达', '万事达卡'],
  amex: ['amex', 'american express', 'americanexpress', 'ae', '美国运通', '运通'],
};
/** Brands known to be neither Amex nor Mastercard: the standard 2.95% applies. */
const OTHER_BRANDS = [
  'discover',
  'jcb',
  'unionpay',
  'union pay',
  'diners',
  'diners club',
  'maestro',
  '银联',
  'other',
  '其他',
];

const brandIndex = new Map<string, CardBrand>();
for (const [brand, spellings] of Object.entries(CARD_BRANDS) as [CardBrand, readonly string[]][]) {
  for (const s of spellings) brandIndex.set(foldText(s), brand);
}
for (const s of OTHER_BRANDS) brandIndex.set(foldText(s), 'other');

/** 'VISA', 'Mastercard', '美国运通' … -> brand; null when empty or unrecognised (the fee is then a range). */
export function resolveCardBrand(text: string | undefined | null): CardBrand | null {
  if (text === undefined || text === null) return null;
  return brandIndex.get(text) ?? brandIndex.get(foldText(text)) ?? null;
}

/** Lookup key for names: fold case, width and spaces, then drop spaces, '_' and '-' ("Western Union" = "westernunion"). */
export function foldKey(text: string): string {
  // Fold case, width and spaces; also ignore spaces, '_' and '-' entirely ("Western Union" = "westernunion").
  let out = '';
  const f = foldText(text);
  for (let i = 0; i < f.length; i++) {
    const c = f[i];
    if (c !== ' ' && c !== '_' && c !== '-') out += c;
  }
  return out;
}

const methodIndex = new Map<string, PaymentMethodId>();
for (const m of PAYMENT_METHODS) {
  methodIndex.set(m.id, m.id);
  methodIndex.set(foldKey(m.id), m.id);
  methodIndex.set(foldKey(m.name.en), m.id);
  methodIndex.set(foldKey(m.name.zh), m.id);
  for (const a of m.aliases) methodIndex.set(foldKey(a), m.id);
}

const methodById = new Map<string, PaymentMethod>(PAYMENT_METHODS.map((m) => [m.id, m]));

/** A method id or display name (English or Chinese, any case/width/spacing) -> id; null when unknown. */
export function resolvePaymentMethod(text: string | undefined | null): PaymentMethodId | null {
  if (text === undefined || text === null) return null;
  return methodIndex.get(text) ?? methodIndex.get(foldKey(text)) ?? null;
}

export function getPaymentMethod(id: string): PaymentMethod | undefined {
  return methodById.get(id);
}
